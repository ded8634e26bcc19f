package org.crosscheck.facts;

import java.util.Arrays;

/**
 * A {@link FactUnit} of an indexed sentence packed into term ids ({@link TermIds}): what {@link
 * PackedScorer} needs to score it as {@link FactScorer} scores a sentence, and nothing else. The facts
 * report holds one per sentence of the corpus (and one per two sentences in a row), so it is a few
 * arrays of ints instead of seven sets of strings, and compared without hashing a string.
 *
 * <p>The stems and names keep the unit's reading order, because the scorer adds their weights up in
 * that order and must come to the same bits as {@link FactScorer}; the rest are sorted, for merging.
 * Immutable (the arrays are never handed out).
 */
final class PackedUnit {
  /** The stem ids, in the order of {@link FactUnit#stems()}. */
  final int[] stems;
  /** The name ids, in the order of {@link FactUnit#names()}. */
  final int[] names;
  /** The word pairs as two word ids in a long (first word high), sorted. */
  final long[] wordPairs;
  /** The word ids of {@link FactUnit#words()}, sorted. */
  final int[] words;
  /** The word ids of {@link FactUnit#quotedWords()}, sorted. */
  final int[] quotedWords;
  /** The number ids of {@link FactUnit#numbers()}, sorted. */
  final int[] numbers;
  /** {@link FactUnit#weight()}. */
  final double weight;
  /** {@link FactUnit#contentWeight()}. */
  final double contentWeight;
  /** {@link FactUnit#sentences()}. */
  final int sentences;

  private PackedUnit(
      int[] stems, int[] names, long[] wordPairs, int[] words, int[] quotedWords, int[] numbers, double weight, double contentWeight,
      int sentences) {
    this.stems = stems;
    this.names = names;
    this.wordPairs = wordPairs;
    this.words = words;
    this.quotedWords = quotedWords;
    this.numbers = numbers;
    this.weight = weight;
    this.contentWeight = contentWeight;
    this.sentences = sentences;
  }

  /** Packs a unit; the stems' weights are kept once for the corpus ({@link TermIds#stemWeights}), not per unit. */
  static PackedUnit of(FactUnit unit, TermIds ids) {
    int[] stems = unit.stems().stream().mapToInt(ids::stem).toArray();
    int[] names = unit.names().isEmpty() ? NONE : unit.names().stream().mapToInt(ids::stem).toArray();
    long[] pairs = new long[unit.wordPairs().size()];
    int i = 0;
    for (String pair : unit.wordPairs()) {
      // FactUnit joins two words with a space. Cut at the first one: two pairs are the same string
      // exactly when they cut into the same two parts.
      int space = pair.indexOf(' ');
      pairs[i++] = (long) ids.word(pair.substring(0, space)) << 32 | ids.word(pair.substring(space + 1)) & 0xFFFF_FFFFL;
    }
    Arrays.sort(pairs);
    int[] words = sorted(unit.words().stream().mapToInt(ids::word).toArray());
    int[] quoted = sorted(unit.quotedWords().stream().mapToInt(ids::word).toArray());
    int[] numbers = sorted(unit.numbers().stream().mapToInt(ids::number).toArray());
    return new PackedUnit(stems, names, pairs, words, quoted, numbers, unit.weight(), unit.contentWeight(), unit.sentences());
  }

  private static final int[] NONE = new int[0];

  private static int[] sorted(int[] values) {
    if (values.length == 0) {
      return NONE;
    }
    Arrays.sort(values);
    return values;
  }

  /** How many values two sorted arrays of distinct values share. */
  static int shared(int[] a, int[] b) {
    int count = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        count++;
        i++;
        j++;
      }
    }
    return count;
  }

  /** How many values two sorted arrays of distinct values share. */
  static int shared(long[] a, long[] b) {
    int count = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        count++;
        i++;
        j++;
      }
    }
    return count;
  }
}
