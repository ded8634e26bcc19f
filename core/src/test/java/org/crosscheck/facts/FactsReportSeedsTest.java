package org.crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.Crosscheck;
import org.crosscheck.TestCorpora;
import org.crosscheck.eval.GoldFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The corpus-wide facts report on the seed articles, checked against the gold facts. */
class FactsReportSeedsTest {
  private static Crosscheck crosscheck;
  private static GoldFacts gold;
  private static FactsReport report;

  @BeforeAll
  static void indexSeeds() {
    crosscheck = Crosscheck.inMemory();
    crosscheck.index(TestCorpora.seeds());
    gold = GoldFacts.load(Path.of(System.getProperty("crosscheck.gold")));
    report = crosscheck.facts();
  }

  @AfterAll
  static void close() {
    crosscheck.close();
  }

  @Test
  void printsTheReport() {
    for (CorpusFact fact : report.facts()) {
      System.out.println(fact.outletCount() + " " + fact.representative().paragraphId() + " " + fact.representative().sentence());
      for (CorpusFact.Mention m : fact.mentions()) {
        System.out.printf("    %.3f %s %s%n", m.score(), m.paragraphId(), m.sentence());
      }
    }
    System.out.println("UNIQUE " + report.uniqueClaims().size());
    report.uniqueClaims().forEach(u -> System.out.println("  " + u.representative().paragraphId() + " " + u.representative().sentence()));
  }

  @Test
  void fiveOutletFactsComeFirstAndAreGoldFiveOutletFacts() {
    List<GoldFacts.Fact> fiveOutlet = gold.facts().stream().filter(f -> f.outletCount() == 5).toList();
    List<CorpusFact> facts = report.facts();
    assertFalse(facts.isEmpty());
    assertEquals(5, facts.getFirst().outletCount(), "the first fact is reported by all five outlets");
    for (CorpusFact fact : facts.stream().filter(f -> f.outletCount() == 5).toList()) {
      Set<String> paragraphs = fact.mentions().stream().map(CorpusFact.Mention::paragraphId).collect(Collectors.toSet());
      assertTrue(fiveOutlet.stream().anyMatch(g -> g.paragraphIds().containsAll(paragraphs) || matchesMost(g, paragraphs)),
          "a five-outlet fact of the report is one of the gold's five-outlet facts: " + fact);
    }
  }

  private static boolean matchesMost(GoldFacts.Fact gold, Set<String> paragraphs) {
    long inGold = paragraphs.stream().filter(gold.paragraphIds()::contains).count();
    return inGold >= 4;
  }
}
