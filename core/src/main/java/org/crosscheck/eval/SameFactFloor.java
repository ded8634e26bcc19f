package org.crosscheck.eval;

import org.crosscheck.UnknownMetricException;
import org.crosscheck.internal.Check;

/**
 * The lowest acceptable value of a same-fact benchmark figure, such as {@code facts.f1=0.85}.
 *
 * @param metric the figure
 * @param minimum its lowest acceptable value, 0 to 1
 */
public record SameFactFloor(SameFactMetric metric, double minimum) {
  public SameFactFloor {
    Check.notNull(metric, "metric");
    if (!(minimum >= 0 && minimum <= 1)) {
      throw new IllegalArgumentException("the parameter 'minimum' must be between 0 and 1, got " + minimum);
    }
  }

  /**
   * Reads {@code metric=value}, such as {@code facts.f1=0.85} or {@code facts.paragraphs.recall=0.8}.
   *
   * @throws UnknownMetricException when the metric is unknown
   * @throws IllegalArgumentException when there is no '=' or the value is not a number from 0 to 1
   */
  public static SameFactFloor parse(String text) {
    Check.notBlank(text, "text");
    int equals = text.indexOf('=');
    if (equals < 0) {
      throw new IllegalArgumentException("the floor '" + text.strip() + "' must read metric=value, for example facts.f1=0.85");
    }
    return new SameFactFloor(SameFactMetric.parse(text.substring(0, equals)), Floor.minimumOf(text));
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
