package org.crosscheck.facts;

import java.util.List;
import java.util.Objects;

/**
 * One way the reporting outlets word a fact. Outlets whose evidence reads the same (case, spacing
 * and punctuation aside) share a variant. Immutable.
 *
 * @param text the wording, as the first of its outlets writes it
 * @param outlets the outlets that use it, sorted
 */
public record WordingVariant(String text, List<String> outlets) {
  public WordingVariant {
    Objects.requireNonNull(text, "text");
    outlets = List.copyOf(outlets);
  }
}
