package org.crosscheck.cli.output;

import java.util.List;
import org.crosscheck.facts.CorpusFact;

/** The JSON form of the facts report. Scripts rely on these names; add fields, never rename them. */
public record FactsJson(int outletCount, boolean unique, int minOutlets, int factCount, List<Fact> facts) {

  public record Fact(int rank, int outletCount, List<String> outlets, String sentence, String paragraph, List<Mention> mentions) {}

  public record Mention(String outlet, String paragraph, String sentence, double score) {}

  public static FactsJson of(int outletCount, boolean unique, int minOutlets, List<CorpusFact> facts) {
    List<Fact> list = new java.util.ArrayList<>();
    int rank = 1;
    for (CorpusFact fact : facts) {
      list.add(new Fact(rank++, fact.outletCount(), fact.outlets(), fact.representative().sentence(),
          fact.representative().paragraphId(),
          fact.mentions().stream().map(m -> new Mention(m.outlet(), m.paragraphId(), m.sentence(), m.score())).toList()));
    }
    return new FactsJson(outletCount, unique, unique ? 1 : minOutlets, list.size(), list);
  }
}
