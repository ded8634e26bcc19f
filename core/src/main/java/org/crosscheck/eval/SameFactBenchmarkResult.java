package org.crosscheck.eval;

import java.util.List;
import org.crosscheck.internal.Check;

/**
 * The outcome of the same-fact benchmark: outlet-level counts per fact (its reworded statements),
 * per paragraph query, per kind of query and overall. Immutable.
 *
 * <p>Overall figures are micro-averaged: every outlet judgement of every query counts once, so a
 * fact with more statements weighs more. Per-fact precision is 1 when no outlet was said to report
 * it (nothing said, nothing wrong), as {@link SameFactEvaluation.PrecisionRecall} counts it.
 *
 * @param facts one row per gold fact with statements, in gold order
 * @param paragraphQueries one row per gold paragraph query, in gold order
 * @param statements the counts over every statement query
 * @param paragraphs the counts over every paragraph query
 * @param statementThreshold the score a statement's evidence had to reach
 * @param paragraphThreshold the score a paragraph query's evidence had to reach
 */
public record SameFactBenchmarkResult(
    List<Row> facts, List<Row> paragraphQueries, SameFactEvaluation.PrecisionRecall statements,
    SameFactEvaluation.PrecisionRecall paragraphs, double statementThreshold, double paragraphThreshold) {

  /**
   * One fact's, or one paragraph query's, counts.
   *
   * @param id the fact id, or the paragraph id
   * @param about the fact's summary, or the facts a paragraph query carries
   * @param counts outlet-level counts at the threshold
   */
  public record Row(String id, String about, SameFactEvaluation.PrecisionRecall counts) {
    public Row {
      Check.notBlank(id, "id");
      Check.notNull(about, "about");
      Check.notNull(counts, "counts");
    }
  }

  public SameFactBenchmarkResult {
    facts = List.copyOf(facts);
    paragraphQueries = List.copyOf(paragraphQueries);
    Check.notNull(statements, "statements");
    Check.notNull(paragraphs, "paragraphs");
  }

  /** The counts over every query of both kinds (their threshold is NaN when the two kinds' differ). */
  public SameFactEvaluation.PrecisionRecall overall() {
    double threshold = statementThreshold == paragraphThreshold ? statementThreshold : Double.NaN;
    return new SameFactEvaluation.PrecisionRecall(threshold, statements.truePositives() + paragraphs.truePositives(),
        statements.falsePositives() + paragraphs.falsePositives(), statements.falseNegatives() + paragraphs.falseNegatives());
  }

  /** The counts a metric reads: overall, statements or paragraphs. */
  public SameFactEvaluation.PrecisionRecall counts(SameFactMetric.Queries queries) {
    Check.notNull(queries, "queries");
    return switch (queries) {
      case ALL -> overall();
      case STATEMENTS -> statements;
      case PARAGRAPHS -> paragraphs;
    };
  }

  /** A figure: {@code value(SameFactMetric.F1)}. */
  public double value(SameFactMetric metric) {
    Check.notNull(metric, "metric");
    return metric.of(counts(metric.queries()));
  }

  /** A figure by name: {@code value("facts.f1")}. */
  public double value(String metric) {
    return value(SameFactMetric.parse(metric));
  }

  /** The floors missed, in the order given; empty when all are met. */
  public List<SameFactFloor> missed(List<SameFactFloor> floors) {
    return floors.stream().filter(floor -> !floor.isMetBy(value(floor.metric()))).toList();
  }
}
