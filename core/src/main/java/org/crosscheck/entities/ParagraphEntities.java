package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crosscheck.Span;

/**
 * What one paragraph mentions: names and dates, quotes with their speakers, and numbers, each with
 * its offsets into the paragraph text. Immutable.
 *
 * <p>For sentence-level work (the same-fact query compares sentences), {@link #bySentence()} gives
 * one view per sentence and {@link #within(Span)} any stretch of the text:
 *
 * <pre>{@code
 * ArticleEntities entities = extractor.extract(article);
 * for (ParagraphEntities sentence : entities.paragraph(9).bySentence()) {
 *   Set<String> people = sentence.keys(EntityType.PERSON);   // {"mark miley"}
 *   List<Quantity> numbers = sentence.quantities();
 * }
 * }</pre>
 *
 * @param paragraphId the paragraph's id, {@code <article>:<number>}
 * @param sentences the paragraph's sentences as offsets into its text (the view's own span when
 *     this is a sentence view)
 * @param mentions people, organisations, places and dates, in text order
 * @param quotes quotations in text order
 * @param quantities numbers in text order
 */
public record ParagraphEntities(
    String paragraphId, List<Span> sentences, List<EntityMention> mentions, List<Quote> quotes, List<Quantity> quantities) {

  public ParagraphEntities {
    Objects.requireNonNull(paragraphId, "paragraphId");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    quantities = List.copyOf(quantities);
  }

  /** A paragraph that mentions nothing (boilerplate, or text with no names). */
  public static ParagraphEntities empty(String paragraphId, List<Span> sentences) {
    return new ParagraphEntities(paragraphId, sentences, List.of(), List.of(), List.of());
  }

  /** The mentions of one type, in text order. */
  public List<EntityMention> mentions(EntityType type) {
    return mentions.stream().filter(m -> m.type() == type).toList();
  }

  /**
   * The canonical keys of one type, sorted: entity keys for people, organisations, places and dates,
   * speaker keys for {@link EntityType#QUOTE}, {@link Quantity#key()} for {@link EntityType#NUMBER}.
   */
  public SortedSet<String> keys(EntityType type) {
    TreeSet<String> keys = new TreeSet<>();
    switch (type) {
      case QUOTE -> quotes.stream().filter(Quote::hasSpeaker).forEach(q -> keys.add(q.speakerKey()));
      case NUMBER -> quantities.forEach(q -> keys.add(q.key()));
      default -> mentions.stream().filter(m -> m.type() == type).forEach(m -> keys.add(m.key()));
    }
    return keys;
  }

  /** What starts inside {@code span} (a quote counts when it starts there), as a view with that one span as its sentence. */
  public ParagraphEntities within(Span span) {
    Objects.requireNonNull(span, "span");
    List<EntityMention> m = new ArrayList<>();
    for (EntityMention mention : mentions) {
      if (starts(mention.span(), span)) {
        m.add(mention);
      }
    }
    List<Quote> q = new ArrayList<>();
    for (Quote quote : quotes) {
      if (starts(quote.span(), span)) {
        q.add(quote);
      }
    }
    List<Quantity> n = new ArrayList<>();
    for (Quantity quantity : quantities) {
      if (starts(quantity.span(), span)) {
        n.add(quantity);
      }
    }
    return new ParagraphEntities(paragraphId, List.of(span), m, q, n);
  }

  /** One view per sentence, in order. */
  public List<ParagraphEntities> bySentence() {
    return sentences.stream().map(this::within).toList();
  }

  public boolean isEmpty() {
    return mentions.isEmpty() && quotes.isEmpty() && quantities.isEmpty();
  }

  private static boolean starts(Span inner, Span outer) {
    return inner.start() >= outer.start() && inner.start() < Math.max(outer.end(), outer.start() + 1);
  }
}
