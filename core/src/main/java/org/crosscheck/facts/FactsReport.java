package org.crosscheck.facts;

import java.util.List;

/**
 * The statements of a corpus grouped across outlets. Immutable.
 *
 * @param outletCount how many outlets (sources) the corpus has
 * @param facts the statements several outlets make, the most widely reported first
 * @param uniqueClaims the statements only one outlet makes, in corpus order
 */
public record FactsReport(int outletCount, List<CorpusFact> facts, List<CorpusFact> uniqueClaims) {
  public FactsReport {
    facts = List.copyOf(facts);
    uniqueClaims = List.copyOf(uniqueClaims);
  }

  /** The facts reported by at least {@code minOutlets} outlets. */
  public List<CorpusFact> factsWithAtLeast(int minOutlets) {
    return facts.stream().filter(f -> f.outletCount() >= minOutlets).toList();
  }
}
