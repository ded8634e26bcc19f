package org.crosscheck.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.crosscheck.Span;
import org.crosscheck.entities.EntityMention;
import org.crosscheck.entities.EntityType;
import org.crosscheck.entities.ParagraphEntities;
import org.crosscheck.entities.Quantity;
import org.crosscheck.entities.RuleBasedEntityExtractor;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Boilerplate;
import org.crosscheck.ingest.Paragraph;
import org.crosscheck.index.Schema;
import org.crosscheck.index.TextAnalyzers;

/**
 * A text run through the index's own analyzers, so that what the same-fact scorer compares is exactly
 * what the index holds: stemmed terms as in {@link Schema#TEXT}, every word as in {@link
 * Schema#TEXT_EXACT}, and the spans of quoted passages. Immutable.
 *
 * @param text the text
 * @param stems the stemmed, stop-word-free terms with their offsets, in order
 * @param words every word lower-cased, with offsets, in order
 * @param quotes the passages between double quotes (straight or typographic), quote marks excluded
 * @param quantities the numbers with what they count, as the entity extractor reads them (years and
 *     model numbers such as CH-47 are not quantities)
 * @param names the people, organisations and places the entity extractor finds, with their canonical keys
 */
record AnalyzedText(
    String text, List<Token> stems, List<Token> words, List<Span> quotes, List<Quantity> quantities, List<EntityMention> names) {
  private static final Analyzer ENGLISH = TextAnalyzers.english();
  private static final Analyzer EXACT = TextAnalyzers.exact();
  /** News copy mixes “…”, "…" and even ”…”, so any double quote mark opens or closes a quotation. */
  private static final Pattern QUOTATION = Pattern.compile("[\"“”]([^\"“”]{2,}?)[\"“”]");

  AnalyzedText {
    stems = List.copyOf(stems);
    words = List.copyOf(words);
    quotes = List.copyOf(quotes);
    quantities = List.copyOf(quantities);
    names = List.copyOf(names);
  }

  static AnalyzedText of(String text) {
    ParagraphEntities entities = entities(text);
    List<EntityMention> names = entities.mentions().stream().filter(m -> NAMED.contains(m.type())).toList();
    return new AnalyzedText(text, tokens(ENGLISH, Schema.TEXT, text), tokens(EXACT, Schema.TEXT_EXACT, text), quotations(text),
        entities.quantities(), names);
  }

  /** Who and where: the entity types whose canonical keys the scorer compares (dates say when, not what). */
  private static final Set<EntityType> NAMED = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  /** The canonical value of a quantity, its unit left out: "5,000 troops" and "5,000 soldiers" are the same 5000. */
  static String valueOf(Quantity quantity) {
    double value = quantity.value();
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }

  /** The entities of a text read on its own, as a one-paragraph article. */
  private static ParagraphEntities entities(String text) {
    Span whole = new Span(0, text.length());
    Paragraph paragraph = new Paragraph("same-fact", 1, text, Boilerplate.NONE, whole, List.of(whole));
    Article article = new Article("same-fact", Article.UNKNOWN_OUTLET, "", "same-fact", List.of(paragraph));
    return RuleBasedEntityExtractor.shared().extract(article).paragraph(1);
  }

  /** The stems whose words lie inside {@code span}. */
  List<Token> stemsIn(Span span) {
    return within(stems, span);
  }

  /** The words inside {@code span}. */
  List<Token> wordsIn(Span span) {
    return within(words, span);
  }

  private static List<Token> within(List<Token> tokens, Span span) {
    List<Token> inside = new ArrayList<>();
    for (Token token : tokens) {
      if (token.span().start() >= span.start() && token.span().end() <= span.end()) {
        inside.add(token);
      }
    }
    return inside;
  }

  private static List<Token> tokens(Analyzer analyzer, String field, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), new Span(offset.startOffset(), offset.endOffset())));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text held in memory", e);
    }
    return tokens;
  }

  private static List<Span> quotations(String text) {
    List<Span> quotes = new ArrayList<>();
    Matcher matcher = QUOTATION.matcher(text);
    while (matcher.find()) {
      quotes.add(new Span(matcher.start(1), matcher.end(1)));
    }
    return quotes;
  }
}
