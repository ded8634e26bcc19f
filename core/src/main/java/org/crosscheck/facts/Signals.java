package org.crosscheck.facts;

/**
 * Why a passage was scored as it was: each signal is the share, from 0 to 1, of what the statement
 * offers that the passage repeats. A signal the statement cannot offer (it has no numbers, say) is
 * -1 and takes no part in the score.
 *
 * @param score the combined score, from 0 to 1; the fact is reported when it reaches the threshold
 * @param lexical the statement's stemmed terms found in the passage, each weighted by its rarity
 * @param wording the statement's word pairs, as written, found in the passage
 * @param numbers the statement's numbers found in the passage, or -1
 * @param quotes the statement's quoted words found in the passage, or -1
 * @param entities the statement's canonical people, organisations and places found in the passage, or -1
 */
public record Signals(double score, double lexical, double wording, double numbers, double quotes, double entities) {
  public Signals {
    check(score, "score");
    check(lexical, "lexical");
    check(wording, "wording");
    if (numbers != -1) {
      check(numbers, "numbers");
    }
    if (quotes != -1) {
      check(quotes, "quotes");
    }
    if (entities != -1) {
      check(entities, "entities");
    }
  }

  private static void check(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
    }
  }
}
