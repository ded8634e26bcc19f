package org.crosscheck.facts;

import org.crosscheck.internal.Check;

/**
 * How a same-fact query runs. Immutable; {@code with…} methods return a changed copy.
 *
 * @param statementThreshold the score, above 0 and at most 1, an outlet's best evidence must reach to
 *     count as reporting a statement given in words
 * @param paragraphThreshold the same for a paragraph of the index used as the query
 * @param candidatesPerOutlet how many of an outlet's best-ranked paragraphs (by the index) are aligned
 *     sentence by sentence, per sentence of the query, 1 to {@value #MAX_CANDIDATES_PER_OUTLET}
 */
public record SameFactOptions(double statementThreshold, double paragraphThreshold, int candidatesPerOutlet) {
  /**
   * Calibrated on {@code core/src/test/resources/benchmark/seeds/facts.json}: each threshold from 0.15 to 0.60 in steps of 0.01 was
   * measured over the gold's reworded statements, and this is the one where the lower of outlet-level
   * precision and recall is highest (0.924 and 0.924; {@code docs/same-fact.md}, and {@code
   * SameFactGoldTest} prints the sweep).
   */
  public static final double DEFAULT_STATEMENT_THRESHOLD = 0.30;
  /**
   * Calibrated the same way over the gold's paragraph queries (0.917 precision, 0.917 recall): 0.33 to
   * 0.35 all keep both at 0.90 or more, and this is the middle of that range.
   */
  public static final double DEFAULT_PARAGRAPH_THRESHOLD = 0.34;
  public static final int DEFAULT_CANDIDATES_PER_OUTLET = 8;
  public static final int MAX_CANDIDATES_PER_OUTLET = 100;

  private static final SameFactOptions DEFAULTS =
      new SameFactOptions(DEFAULT_STATEMENT_THRESHOLD, DEFAULT_PARAGRAPH_THRESHOLD, DEFAULT_CANDIDATES_PER_OUTLET);

  public SameFactOptions {
    checkThreshold(statementThreshold, "statementThreshold");
    checkThreshold(paragraphThreshold, "paragraphThreshold");
    Check.between(candidatesPerOutlet, 1, MAX_CANDIDATES_PER_OUTLET, "candidatesPerOutlet");
  }

  public static SameFactOptions defaults() {
    return DEFAULTS;
  }

  /** The same threshold for statements and paragraph queries. */
  public SameFactOptions withThreshold(double threshold) {
    return new SameFactOptions(threshold, threshold, candidatesPerOutlet);
  }

  public SameFactOptions withCandidatesPerOutlet(int candidatesPerOutlet) {
    return new SameFactOptions(statementThreshold, paragraphThreshold, candidatesPerOutlet);
  }

  private static void checkThreshold(double threshold, String parameter) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("the parameter '" + parameter + "' must be above 0 and at most 1, got " + threshold);
    }
  }
}
