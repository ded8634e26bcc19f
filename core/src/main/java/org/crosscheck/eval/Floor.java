package org.crosscheck.eval;

import org.crosscheck.UnknownMetricException;
import org.crosscheck.internal.Check;

/**
 * The lowest acceptable mean of a metric over a benchmark's topics, such as {@code ndcg@10=0.6}.
 *
 * @param metric the metric
 * @param minimum its lowest acceptable value, 0 to 1
 */
public record Floor(Metric metric, double minimum) {
  public Floor {
    Check.notNull(metric, "metric");
    if (!(minimum >= 0 && minimum <= 1)) {
      throw new IllegalArgumentException("the parameter 'minimum' must be between 0 and 1, got " + minimum);
    }
  }

  /**
   * Reads {@code metric=value}, such as {@code ndcg@10=0.6} or {@code P_10=0.4}.
   *
   * @throws UnknownMetricException when the metric is unknown
   * @throws IllegalArgumentException when there is no '=' or the value is not a number from 0 to 1
   */
  public static Floor parse(String text) {
    Check.notBlank(text, "text");
    int equals = text.indexOf('=');
    if (equals < 0) {
      throw new IllegalArgumentException("the floor '" + text.strip() + "' must read metric=value, for example ndcg@10=0.6");
    }
    return new Floor(Metric.parse(text.substring(0, equals)), minimumOf(text));
  }

  /** The number after the '=' of {@code metric=value}, checked to be from 0 to 1. */
  static double minimumOf(String text) {
    int equals = text.indexOf('=');
    String value = text.substring(equals + 1).strip();
    double minimum;
    try {
      minimum = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the floor '" + text.strip() + "' must end in a number from 0 to 1, got '" + value + "'");
    }
    if (!(minimum >= 0 && minimum <= 1)) {
      throw new IllegalArgumentException("the floor '" + text.strip() + "' must end in a number from 0 to 1, got '" + value + "'");
    }
    return minimum;
  }

  /** Whether a value reaches the floor. */
  public boolean isMetBy(double value) {
    return value >= minimum;
  }

  @Override
  public String toString() {
    return metric.name() + "=" + minimum;
  }
}
