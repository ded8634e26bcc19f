package org.crosscheck.facts;

import java.util.Set;

/**
 * Scores how well a passage (one sentence, or two in a row) carries a fact. Each signal is a share
 * from 0 to 1: of the rarity-weighted stems (lexical), of the word pairs as written (wording), of the
 * numbers and of the quoted words; the score is their weighted mean over the signals the fact can
 * offer, so a statement without numbers is not marked down for lacking them.
 *
 * <p>Two rules keep an outlet from "reporting" a statement just because it names the same people:
 * names (words capitalised inside a sentence) weigh half as much as other words, and words that
 * carry no fact ({@link FactlessWords}: "said", "Secretary", "Monday") are not counted at all.
 *
 * <p>The lexical share is measured two ways ({@link Kind}): a statement typed by a user is short and
 * says one thing, so what counts is how much of it the passage repeats; a sentence of an article
 * says several things, so what counts is how much the two passages share against the shorter of
 * them, up to {@link #FACT_WEIGHT_IN_RARE_WORDS} per sentence of the passage (a long sentence need not be
 * repeated whole to share one fact, but two sentences read together must share a fact's worth each).
 * Either way half of the lexical share is measured on the words that are not names, so that who
 * is named cannot make up for what is said. Stateless.
 */
final class FactScorer {
  /** Stemmed terms carry the fact; they hold most of the weight. */
  static final double LEXICAL_WEIGHT = 0.70;
  /** The same words in the same order: quoting the same source, or copying the same wire copy. */
  static final double WORDING_WEIGHT = 0.15;
  /** Numbers are facts in themselves. */
  static final double NUMBERS_WEIGHT = 0.10;
  /** Quoted words should be found as written. */
  static final double QUOTES_WEIGHT = 0.10;
  /** How much less a name counts than another word of the same rarity. */
  static final double NAME_FACTOR = 0.5;
  /**
   * The weight of a typical fact, in words as rare as the rarest of the corpus (about three of them,
   * or more words that are less rare). Two article sentences that share this much share a fact, however long
   * they are. It is counted in the corpus's own rarest-word weight because idf grows with the corpus:
   * a fixed sum would let two rare words of a large corpus pass for a fact. Calibrated with the
   * thresholds (on the seeds it is 9.4).
   */
  static final double FACT_WEIGHT_IN_RARE_WORDS = 2.3;

  /** Sentences of articles: the part of the lexical share measured on words that are not names. */
  static final double CONTENT_SHARE = 0.5;

  /** What the two share against the shorter of them, or against a fact's worth when both are long. */
  static double shared(double found, double offered, double other, double fact) {
    double base = Math.min(Math.min(offered, other), fact);
    return base <= 0 ? 0 : Math.min(1, found / base);
  }

  /** What is compared with the passages. */
  enum Kind {
    /** A statement in the caller's words: the share of it that a passage repeats. */
    STATEMENT,
    /** A sentence of an indexed paragraph: what the two share against the shorter one. */
    SENTENCE
  }

  private FactScorer() {}

  static Signals score(Kind kind, FactUnit fact, FactUnit passage, TermWeights weights) {
    double offered = 0;
    double found = 0;
    double offeredContent = 0;
    double foundContent = 0;
    for (String stem : fact.stems()) {
      boolean name = fact.names().contains(stem) || passage.names().contains(stem);
      double weight = weights.of(stem) * (name ? NAME_FACTOR : 1);
      boolean shared = passage.stems().contains(stem);
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
    } else if (kind == Kind.STATEMENT) {
      // Half on all words, half on the words that are not names: who did it, and what was done.
      double all = found / offered;
      lexical = offeredContent == 0 ? all : 0.5 * all + 0.5 * foundContent / offeredContent;
    } else {
      // The passage's own sums, corrected for its words that the fact writes as names.
      double other = passage.weight();
      double otherContent = passage.contentWeight();
      for (String stem : fact.names()) {
        if (passage.stems().contains(stem) && !passage.names().contains(stem)) {
          other -= (1 - NAME_FACTOR) * weights.of(stem);
          otherContent -= weights.of(stem);
        }
      }
      // A fact's worth per sentence of the passage: two unrelated sentences read together share a
      // couple of rare words with almost any long sentence, so two sentences must share twice as much.
      double factWorth = FACT_WEIGHT_IN_RARE_WORDS * weights.rarest() * passage.sentences();
      double all = shared(found, offered, other, factWorth);
      lexical = CONTENT_SHARE * shared(foundContent, offeredContent, otherContent, factWorth) + (1 - CONTENT_SHARE) * all;
    }
    double wording = share(fact.wordPairs(), passage.wordPairs());
    double numbers = fact.numbers().isEmpty() ? -1 : numbers(kind, fact.numbers(), passage.numbers());
    double quotes = fact.quotedWords().isEmpty() ? -1 : share(fact.quotedWords(), passage.words());
    // Shown, not scored: calibrated on the gold, every positive weight for shared canonical people,
    // organisations and places (0.02 to 0.30) lowered both precision and recall. Sharing who and where
    // is evidence of the same story, not of the same fact; it explains a score but does not make one.
    double entities = fact.entities().isEmpty() ? -1 : numbers(kind, fact.entities(), passage.entities());

    double sum = LEXICAL_WEIGHT * lexical + WORDING_WEIGHT * wording;
    double weight = LEXICAL_WEIGHT + WORDING_WEIGHT;
    if (numbers >= 0) {
      sum += NUMBERS_WEIGHT * numbers;
      weight += NUMBERS_WEIGHT;
    }
    if (quotes >= 0) {
      sum += QUOTES_WEIGHT * quotes;
      weight += QUOTES_WEIGHT;
    }
    return new Signals(Math.min(1, sum / weight), lexical, wording, numbers, quotes, entities);
  }

  /**
   * A statement's numbers (or entities) should all be found; two sentences share them as a share of
   * the shorter list, since an article sentence often names more than the fact needs.
   */
  private static double numbers(Kind kind, Set<String> wanted, Set<String> present) {
    if (kind == Kind.STATEMENT || present.isEmpty()) {
      return share(wanted, present);
    }
    long shared = wanted.stream().filter(present::contains).count();
    return Math.min(1, (double) shared / Math.min(wanted.size(), present.size()));
  }

  private static double share(Set<String> wanted, Set<String> present) {
    if (wanted.isEmpty()) {
      return 0;
    }
    int hits = 0;
    for (String item : wanted) {
      if (present.contains(item)) {
        hits++;
      }
    }
    return (double) hits / wanted.size();
  }
}
