package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.UnknownMetricException;
import org.crosscheck.internal.Check;

/**
 * An outlet-level figure of the same-fact benchmark, named {@code facts.precision}, {@code
 * facts.recall} or {@code facts.f1} over every gold query, or {@code facts.statements.f1} and
 * {@code facts.paragraphs.f1} (and their precision and recall) over one kind of query.
 *
 * @param queries which gold queries the figure counts
 * @param measure what is measured
 */
public record SameFactMetric(Queries queries, Measure measure) {
  /** The prefix that tells a same-fact metric from a relevance metric in {@code --min}. */
  public static final String PREFIX = "facts.";

  /** Which gold queries a figure counts. */
  public enum Queries {
    ALL(""), STATEMENTS("statements."), PARAGRAPHS("paragraphs.");

    private final String label;

    Queries(String label) {
      this.label = label;
    }
  }

  /** Outlet-level precision, recall or their harmonic mean. */
  public enum Measure {
    PRECISION, RECALL, F1;

    private String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static final SameFactMetric PRECISION = new SameFactMetric(Queries.ALL, Measure.PRECISION);
  public static final SameFactMetric RECALL = new SameFactMetric(Queries.ALL, Measure.RECALL);
  public static final SameFactMetric F1 = new SameFactMetric(Queries.ALL, Measure.F1);

  public SameFactMetric {
    Check.notNull(queries, "queries");
    Check.notNull(measure, "measure");
  }

  /** Every metric, overall first, then statements, then paragraphs; precision, recall, F1 in each. */
  public static List<SameFactMetric> all() {
    List<SameFactMetric> all = new ArrayList<>();
    for (Queries queries : Queries.values()) {
      for (Measure measure : Measure.values()) {
        all.add(new SameFactMetric(queries, measure));
      }
    }
    return all;
  }

  /** Whether a name is meant as a same-fact metric (it starts with {@code facts.}). */
  public static boolean isNamed(String name) {
    return name != null && name.strip().toLowerCase(Locale.ROOT).startsWith(PREFIX);
  }

  /**
   * Reads a name such as {@code facts.f1} or {@code facts.paragraphs.recall}, without case.
   *
   * @throws UnknownMetricException when the name is none of {@link #all()}
   */
  public static SameFactMetric parse(String name) {
    Check.notNull(name, "name");
    String key = name.strip().toLowerCase(Locale.ROOT);
    return all().stream().filter(metric -> metric.name().equals(key)).findFirst()
        .orElseThrow(() -> new UnknownMetricException(name,
            "use facts.precision, facts.recall or facts.f1, or facts.statements.* or facts.paragraphs.* for one kind of query"));
  }

  /** The figure's name: {@code facts.f1}, {@code facts.statements.precision}. */
  public String name() {
    return PREFIX + queries.label + measure.label();
  }

  /** This figure out of outlet-level counts. */
  public double of(SameFactEvaluation.PrecisionRecall counts) {
    return switch (measure) {
      case PRECISION -> counts.precision();
      case RECALL -> counts.recall();
      case F1 -> counts.f1();
    };
  }

  @Override
  public String toString() {
    return name();
  }
}
