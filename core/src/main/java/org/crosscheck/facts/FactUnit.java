package org.crosscheck.facts;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.Span;
import org.crosscheck.entities.EntityMention;
import org.crosscheck.entities.EntityType;
import org.crosscheck.entities.Quantity;
import org.crosscheck.index.TextAnalyzers;

/**
 * The part of a text that may carry a fact (a statement, a sentence, two sentences in a row), reduced
 * to what the scorer compares: stemmed terms, word pairs as written, numbers and quoted words.
 *
 * @param span where the unit stands in its text
 * @param stems the stemmed terms, stop words and {@link FactlessWords} left out
 * @param names the stems written with a capital inside a sentence: names of people, places and
 *     bodies, which say who or where but not what happened
 * @param wordPairs each two consecutive words as written (lower-cased, stop words kept), the trace of shared wording
 * @param words the words as written (lower-cased), stop words left out
 * @param numbers the values of the quantities the entity extractor finds ({@code 5,000 troops} is {@code 5000})
 * @param quotedWords the words inside quotation marks, stop words left out
 * @param entities the canonical people, organisations and places the entity extractor finds ({@link #entityKey})
 * @param weight the stems' summed weight, names at {@link FactScorer#NAME_FACTOR}: computed once, since
 *     the facts report scores the same sentence against many others
 * @param contentWeight the same over the stems that are not names
 * @param sentences how many sentences the unit spans: 1, or 2 for two sentences read as one passage
 */
record FactUnit(
    Span span, Set<String> stems, Set<String> names, Set<String> wordPairs, Set<String> words, Set<String> numbers,
    Set<String> quotedWords, Set<String> entities, double weight, double contentWeight, int sentences) {
  FactUnit {
    if (sentences < 1) {
      throw new IllegalArgumentException("a unit spans at least one sentence, got " + sentences);
    }
    stems = ordered(stems);
    names = ordered(names);
    wordPairs = ordered(wordPairs);
    words = ordered(words);
    numbers = ordered(numbers);
    quotedWords = ordered(quotedWords);
    entities = ordered(entities);
  }

  /**
   * An unmodifiable copy in the given order (reading order, from {@link #of}). The scorer adds up
   * weights in the order of these sets, and {@code Set.copyOf}'s order changes from one JVM to the
   * next: a score could then differ in its last bit between runs, and a tie between two scores break
   * differently each time (the facts report grouped some sentences differently from run to run).
   */
  private static Set<String> ordered(Set<String> set) {
    return Collections.unmodifiableSequencedSet(new LinkedHashSet<>(set));
  }

  /** One sentence, a statement or a quotation. */
  static FactUnit of(AnalyzedText text, Span span, TermWeights weights) {
    return of(text, span, weights, 1);
  }

  /** A passage of {@code sentences} sentences in a row, {@code span} covering them all. */
  static FactUnit of(AnalyzedText text, Span span, TermWeights weights, int sentences) {
    Set<String> stems = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (Token stem : text.stemsIn(span)) {
      if (FactlessWords.contains(stem.term())) {
        continue;
      }
      boolean name = isNameLike(text.text(), stem.span());
      String term = name ? weights.placeOf(stem.term()) : stem.term();
      stems.add(term);
      if (name) {
        names.add(term);
      }
    }
    List<Token> words = text.wordsIn(span);
    Set<String> pairs = new LinkedHashSet<>();
    Set<String> plain = new LinkedHashSet<>();
    Set<String> numbers = new LinkedHashSet<>();
    Set<String> quoted = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      Token word = words.get(i);
      if (i > 0) {
        pairs.add(words.get(i - 1).term() + ' ' + word.term());
      }
      boolean stopWord = TextAnalyzers.stopWords().contains(word.term());
      if (!stopWord) {
        plain.add(word.term());
      }
      if (!stopWord && inQuote(text.quotes(), word.span())) {
        quoted.add(word.term());
      }
    }
    for (Quantity quantity : text.quantities()) {
      if (quantity.span().start() >= span.start() && quantity.span().start() < span.end()) {
        numbers.add(AnalyzedText.valueOf(quantity));
      }
    }
    Set<String> entities = new LinkedHashSet<>();
    for (EntityMention mention : text.names()) {
      if (mention.span().start() >= span.start() && mention.span().start() < span.end()) {
        entities.add(entityKey(mention));
      }
    }
    double weight = 0;
    double contentWeight = 0;
    for (String stem : stems) {
      boolean name = names.contains(stem);
      weight += weights.of(stem) * (name ? FactScorer.NAME_FACTOR : 1);
      contentWeight += name ? 0 : weights.of(stem);
    }
    return new FactUnit(span, stems, names, pairs, plain, numbers, quoted, entities, weight, contentWeight, sentences);
  }

  /**
   * The canonical key a mention is compared by, prefixed with its type. A person is keyed by the last
   * word of the extractor's key, the family name: each text is read on its own, so a bare "Esper"
   * cannot be resolved to "Mark Esper" and the full keys of the two would never meet. Organisations
   * and places keep the whole key ("Qassem" and "Qasem", "U.S." and "US" meet through the extractor's
   * folding).
   */
  static String entityKey(EntityMention mention) {
    String key = mention.key();
    if (mention.type() == EntityType.PERSON) {
      key = key.substring(key.lastIndexOf(' ') + 1);
    }
    return mention.type().label() + ':' + key;
  }

  /**
   * A word written with a capital where a sentence does not start. A stand-in for the entity
   * extractor's canonical names until it is merged; the first word of a sentence is never a name here.
   */
  static boolean isNameLike(String text, Span word) {
    if (!Character.isUpperCase(text.charAt(word.start()))) {
      return false;
    }
    for (int i = word.start() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '"' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '\'') {
        continue;
      }
      return !(c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '—' || c == '–' || c == '-');
    }
    return false;
  }

  private static boolean inQuote(List<Span> quotes, Span word) {
    for (Span quote : quotes) {
      if (word.start() >= quote.start() && word.end() <= quote.end()) {
        return true;
      }
    }
    return false;
  }
}
