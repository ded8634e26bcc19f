package org.crosscheck.facts;

import java.util.Arrays;

/**
 * {@link FactScorer}'s score of one sentence against another ({@link FactScorer.Kind#SENTENCE}), on
 * {@link PackedUnit}s: the same formula, the same sums in the same order, so the same score to the
 * last bit (PackedScorerTest compares the two on every pair of sentences of the seeds). The facts
 * report scores millions of pairs; here a stem is looked up by marking ids in arrays instead of
 * hashing strings. Any change to {@link FactScorer}'s formula must be made here too.
 *
 * <p>Not thread-safe: one per thread. It holds three arrays as long as the corpus's stem vocabulary.
 */
final class PackedScorer {
  /** A fact's worth for one sentence ({@link FactScorer#FACT_WEIGHT_IN_RARE_WORDS} rarest words). */
  private final double factWorth;
  /** {@link TermWeights#of} by stem id. */
  private final double[] weights;
  /** {@code stemMark[id] == stamp}: the passage being scored has the stem. */
  private final int[] stemMark;
  /** {@code nameMark[id] == stamp}: the passage being scored writes the stem as a name. */
  private final int[] nameMark;
  private int stamp;
  /** {@code factNameMark[id] == factStamp}: the fact being scored ({@link #markedFact}) writes the stem as a name. */
  private final int[] factNameMark;
  private int factStamp;
  private PackedUnit markedFact;

  /**
   * @param weights {@link TermWeights#of} of every stem by id ({@link TermIds#stemWeights})
   * @param rarest {@link TermWeights#rarest()} of the index
   */
  PackedScorer(double[] weights, double rarest) {
    this.factWorth = FactScorer.FACT_WEIGHT_IN_RARE_WORDS * rarest;
    this.weights = weights;
    this.stemMark = new int[weights.length];
    this.nameMark = new int[weights.length];
    this.factNameMark = new int[weights.length];
  }

  /** {@code FactScorer.score(Kind.SENTENCE, fact, passage, weights).score()}. */
  double score(PackedUnit fact, PackedUnit passage) {
    return score(fact, passage, 0);
  }

  /**
   * The score when it may reach {@code floor}; otherwise any value below {@code floor}. The lexical
   * share is computed first, and with it an upper bound (every other signal at its best): most
   * candidates of the facts report fall short of it, and the rest of the formula is skipped for them.
   */
  double score(PackedUnit fact, PackedUnit passage, double floor) {
    markNames(fact);
    mark(passage);
    double offered = 0;
    double found = 0;
    double offeredContent = 0;
    double foundContent = 0;
    for (int i = 0; i < fact.stems.length; i++) {
      int stem = fact.stems[i];
      boolean name = factNameMark[stem] == factStamp || nameMark[stem] == stamp;
      double weight = weights[stem] * (name ? FactScorer.NAME_FACTOR : 1);
      boolean shared = stemMark[stem] == stamp;
      offered += weight;
      found += shared ? weight : 0;
      if (!name) {
        offeredContent += weight;
        foundContent += shared ? weight : 0;
      }
    }
    double lexical;
    if (offered == 0) {
      lexical = 0;
    } else {
      double other = passage.weight;
      double otherContent = passage.contentWeight;
      for (int name : fact.names) {
        if (stemMark[name] == stamp && nameMark[name] != stamp) {
          other -= (1 - FactScorer.NAME_FACTOR) * weights[name];
          otherContent -= weights[name];
        }
      }
      double worth = factWorth * passage.sentences;
      double all = FactScorer.shared(found, offered, other, worth);
      lexical = FactScorer.CONTENT_SHARE * FactScorer.shared(foundContent, offeredContent, otherContent, worth)
          + (1 - FactScorer.CONTENT_SHARE) * all;
    }
    if (floor > 0) {
      // Rounding is monotonic, so the same sums with larger terms never come out smaller.
      double sum = FactScorer.LEXICAL_WEIGHT * lexical + FactScorer.WORDING_WEIGHT;
      double weight = FactScorer.LEXICAL_WEIGHT + FactScorer.WORDING_WEIGHT;
      if (fact.numbers.length > 0) {
        sum += FactScorer.NUMBERS_WEIGHT;
        weight += FactScorer.NUMBERS_WEIGHT;
      }
      if (fact.quotedWords.length > 0) {
        sum += FactScorer.QUOTES_WEIGHT;
        weight += FactScorer.QUOTES_WEIGHT;
      }
      double atMost = Math.min(1, sum / weight);
      if (atMost < floor) {
        return atMost;
      }
    }
    double wording = fact.wordPairs.length == 0 ? 0 : (double) PackedUnit.shared(fact.wordPairs, passage.wordPairs) / fact.wordPairs.length;
    double numbers = fact.numbers.length == 0 ? -1
        : passage.numbers.length == 0 ? 0
        : Math.min(1, (double) PackedUnit.shared(fact.numbers, passage.numbers) / Math.min(fact.numbers.length, passage.numbers.length));
    double quotes = fact.quotedWords.length == 0 ? -1 : (double) PackedUnit.shared(fact.quotedWords, passage.words) / fact.quotedWords.length;

    double sum = FactScorer.LEXICAL_WEIGHT * lexical + FactScorer.WORDING_WEIGHT * wording;
    double weight = FactScorer.LEXICAL_WEIGHT + FactScorer.WORDING_WEIGHT;
    if (numbers >= 0) {
      sum += FactScorer.NUMBERS_WEIGHT * numbers;
      weight += FactScorer.NUMBERS_WEIGHT;
    }
    if (quotes >= 0) {
      sum += FactScorer.QUOTES_WEIGHT * quotes;
      weight += FactScorer.QUOTES_WEIGHT;
    }
    return Math.min(1, sum / weight);
  }

  /** Marks the fact's names, unless they are marked already: the facts report scores one claim against many passages in a row. */
  private void markNames(PackedUnit fact) {
    if (fact == markedFact) {
      return;
    }
    if (++factStamp == Integer.MAX_VALUE) {
      Arrays.fill(factNameMark, 0);
      factStamp = 1;
    }
    for (int name : fact.names) {
      factNameMark[name] = factStamp;
    }
    markedFact = fact;
  }

  private void mark(PackedUnit passage) {
    if (++stamp == Integer.MAX_VALUE) {
      Arrays.fill(stemMark, 0);
      Arrays.fill(nameMark, 0);
      stamp = 1;
    }
    for (int stem : passage.stems) {
      stemMark[stem] = stamp;
    }
    for (int name : passage.names) {
      nameMark[name] = stamp;
    }
  }

  /** As FactScorer's: what the two share against the shorter of them, or against a fact's worth when both are long. */

}
