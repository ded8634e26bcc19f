package org.crosscheck.entities;

import java.util.Locale;
import java.util.Objects;
import org.crosscheck.Span;

/**
 * A number with what it counts: "5,000 troops" is 5000 of {@code troop}.
 *
 * @param value the number, multipliers applied ("1.5 million" is 1500000)
 * @param unit what is counted, singular and lower case ({@code troop}, {@code dollar}), or empty
 * @param surface the text as written
 * @param span where {@code surface} stands in the paragraph text
 */
public record Quantity(double value, String unit, String surface, Span span) {
  public Quantity {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("a quantity needs a finite value, got " + value);
    }
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(span, "span");
  }

  /** The canonical key, value and unit: {@code "5000 troop"}; the same for "5,000 troops" and "5000 troops". */
  public String key() {
    String number = value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
    return unit.isEmpty() ? number : number + " " + unit;
  }
}
