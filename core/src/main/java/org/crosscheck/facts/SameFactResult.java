package org.crosscheck.facts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which outlets report a statement, with their evidence, their wording and where they differ.
 * Immutable.
 *
 * @param statement the statement asked about: the caller's words, or the query paragraph's text
 * @param queryParagraph the paragraph id when the query was a paragraph of the index; its outlet is then left out
 * @param threshold the score an outlet's evidence had to reach to count as reporting the fact
 * @param outlets one finding per outlet considered, reporting outlets first (best score first), then the others by name
 * @param variants the wordings of the reporting outlets, the most shared first
 * @param discrepancies the numbers and quotations on which the reporting outlets (or the statement) differ
 */
public record SameFactResult(
    String statement,
    Optional<String> queryParagraph,
    double threshold,
    List<OutletFinding> outlets,
    List<WordingVariant> variants,
    List<Discrepancy> discrepancies) {

  public SameFactResult {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(queryParagraph, "queryParagraph");
    outlets = List.copyOf(outlets);
    variants = List.copyOf(variants);
    discrepancies = List.copyOf(discrepancies);
  }

  /** How many outlets were considered: all in the corpus, or all but the query paragraph's own. */
  public int outletCount() {
    return outlets.size();
  }

  /** How many of them report the fact. */
  public int reportingCount() {
    return (int) outlets.stream().filter(OutletFinding::reports).count();
  }

  /** The findings of the outlets that report the fact, best first. */
  public List<OutletFinding> reporting() {
    return outlets.stream().filter(OutletFinding::reports).toList();
  }

  /** A one-line verdict: {@code reported by 4 of 5 outlets}. */
  public String verdict() {
    String scope = queryParagraph.isPresent() ? " other outlet" : " outlet";
    int of = outletCount();
    return "reported by " + reportingCount() + " of " + of + scope + (of == 1 ? "" : "s");
  }
}
