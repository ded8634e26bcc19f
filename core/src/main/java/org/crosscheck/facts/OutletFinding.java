package org.crosscheck.facts;

import java.util.Objects;
import java.util.Optional;

/**
 * What one outlet says about a statement. Immutable.
 *
 * @param outlet the outlet; an article whose outlet is unknown is its own source, named {@code unknown (<article>)}
 * @param reports whether the outlet reports the fact: its best evidence reaches the threshold
 * @param evidence the outlet's best evidence; when the outlet does not report the fact, the nearest
 *     passage found, below the threshold; empty when no paragraph of the outlet shares a word
 */
public record OutletFinding(String outlet, boolean reports, Optional<Evidence> evidence) {
  public OutletFinding {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(evidence, "evidence");
    if (reports && evidence.isEmpty()) {
      throw new IllegalArgumentException("an outlet that reports a fact needs evidence: " + outlet);
    }
  }

  /** The score of the best evidence, 0 when there is none. */
  public double score() {
    return evidence.map(Evidence::score).orElse(0.0);
  }
}
