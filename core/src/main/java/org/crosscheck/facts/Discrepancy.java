package org.crosscheck.facts;

import java.util.List;
import java.util.Objects;

/**
 * The same fact told differently: other numbers, or other words inside quotation marks. The versions
 * are meant to be read side by side. Immutable.
 *
 * @param kind what differs
 * @param versions one per outlet (and one for the statement when it is the statement that differs)
 */
public record Discrepancy(Kind kind, List<Version> versions) {
  /** What differs between the versions. */
  public enum Kind {
    /** The numbers or quantities differ. */
    NUMBERS,
    /** The words of a quotation differ. */
    QUOTED_WORDS
  }

  /**
   * One side of a discrepancy.
   *
   * @param outlet the outlet, or {@code statement} for the statement asked about
   * @param paragraphId the paragraph it comes from; empty for the statement
   * @param text the numbers or the quotation as that side writes it
   */
  public record Version(String outlet, String paragraphId, String text) {
    public Version {
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(paragraphId, "paragraphId");
      Objects.requireNonNull(text, "text");
    }
  }

  public Discrepancy {
    Objects.requireNonNull(kind, "kind");
    versions = List.copyOf(versions);
    if (versions.size() < 2) {
      throw new IllegalArgumentException("a discrepancy needs at least two versions");
    }
  }
}
