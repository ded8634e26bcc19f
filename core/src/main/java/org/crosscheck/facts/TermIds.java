package org.crosscheck.facts;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small integer ids for the stems, words and numbers of a corpus, so that the facts report holds its
 * sentences as arrays of ints ({@link PackedUnit}) rather than sets of strings: one copy of each word
 * for the whole corpus instead of one per sentence, and comparisons of ints instead of strings.
 *
 * <p>Thread-safe: sentences are analysed on several threads, and an id is handed out on first sight.
 * Which id a word gets may then differ between runs; nothing depends on it beyond equality.
 */
final class TermIds {
  private final Dictionary stems = new Dictionary();
  private final Dictionary words = new Dictionary();
  private final Dictionary numbers = new Dictionary();

  /** The id of a stem (as in {@link FactUnit#stems()}). */
  int stem(String stem) {
    return stems.id(stem);
  }

  /** The id of a word as written, lower-cased (as in {@link FactUnit#words()}). */
  int word(String word) {
    return words.id(word);
  }

  /** The id of a number's canonical value (as in {@link FactUnit#numbers()}). */
  int number(String value) {
    return numbers.id(value);
  }

  /** How many stems have an id: every stem id is below this. */
  int stemCount() {
    return stems.size();
  }

  /** {@link TermWeights#of} of every stem that has an id, by id. Call once every stem has its id. */
  double[] stemWeights(TermWeights weights) {
    double[] byId = new double[stemCount()];
    stems.ids.forEach((stem, id) -> byId[id] = weights.of(stem));
    return byId;
  }

  private static final class Dictionary {
    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int id(String term) {
      Integer id = ids.get(term);
      return id != null ? id : ids.computeIfAbsent(term, t -> next.getAndIncrement());
    }

    int size() {
      return next.get();
    }
  }
}
