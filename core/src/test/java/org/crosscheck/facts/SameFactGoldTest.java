package org.crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Crosscheck;
import org.crosscheck.TestCorpora;
import org.crosscheck.eval.GoldFacts;
import org.crosscheck.eval.SameFactEvaluation;
import org.crosscheck.eval.SameFactEvaluation.PrecisionRecall;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same-fact query against the hand-made gold facts of the seed articles ({@code
 * core/src/test/resources/benchmark/seeds/facts.json}), at outlet level. It prints the threshold sweep used to calibrate the
 * defaults and every wrong answer at the defaults (target/surefire-reports/*-output.txt).
 */
class SameFactGoldTest {
  private static Crosscheck crosscheck;
  private static GoldFacts gold;
  private static SameFactEvaluation evaluation;

  @BeforeAll
  static void indexSeeds() {
    crosscheck = Crosscheck.inMemory();
    crosscheck.index(TestCorpora.seeds());
    gold = GoldFacts.load(Path.of(System.getProperty("crosscheck.gold")));
    evaluation = SameFactEvaluation.run(crosscheck, gold);
    printSweepAndErrors();
  }

  @AfterAll
  static void close() {
    crosscheck.close();
  }

  @Test
  void theGoldHasAtLeastFifteenCrossOutletFactsWithSingleOutletFactsAndNearMisses() {
    assertTrue(gold.facts().stream().filter(f -> f.outletCount() >= 2).count() >= 15);
    assertTrue(gold.facts().stream().anyMatch(f -> f.outletCount() == 1));
    assertTrue(gold.facts().stream().anyMatch(f -> f.notReportedBy().stream().anyMatch(n -> n.nearestMiss().isPresent())));
    assertEquals(5, gold.sources().size());
  }

  @Test
  void rewordedStatementsReachNinetyPercentPrecisionAndRecall() {
    PrecisionRecall figures = evaluation.statements().at(SameFactOptions.DEFAULT_STATEMENT_THRESHOLD);
    assertTrue(figures.precision() >= 0.90, figures.toString());
    assertTrue(figures.recall() >= 0.90, figures.toString());
  }

  @Test
  void paragraphQueriesReachNinetyPercentPrecisionAndRecall() {
    PrecisionRecall figures = evaluation.paragraphs().at(SameFactOptions.DEFAULT_PARAGRAPH_THRESHOLD);
    assertTrue(figures.precision() >= 0.90, figures.toString());
    assertTrue(figures.recall() >= 0.90, figures.toString());
  }

  @Test
  void espersNoDecisionToLeaveIsReportedByAllFiveOutlets() {
    SameFactResult result = crosscheck.sameFact("Esper said there has been no decision to leave Iraq");
    assertEquals("reported by 5 of 5 outlets", result.verdict());
    assertTrue(result.discrepancies().stream().anyMatch(d -> d.kind() == Discrepancy.Kind.QUOTED_WORDS
        && d.versions().stream().anyMatch(v -> v.outlet().equals("FRN") && v.text().contains("made to leave Iraq. Period"))),
        "FRN's 'no decision made to leave Iraq. Period' is shown against the others' wording");
  }

  @Test
  void theHelicoptersOverTheInternationalZoneAreReportedByOneOutletOnly() {
    SameFactResult result = crosscheck.sameFactAsParagraph("004_cb1a41b3aa05e9b8:18");
    assertEquals("reported by 0 of 4 other outlets", result.verdict());
    SameFactResult statement = crosscheck.sameFact(gold.fact("helicopters-international-zone").statements().getFirst());
    assertEquals(List.of("Military Times"), statement.reporting().stream().map(OutletFinding::outlet).toList());
  }

  @Test
  void milleysHonestMistakeIsFoundInTheFourOutletsThatQuoteIt() {
    SameFactResult result = crosscheck.sameFactAsParagraph("000_0db9211732ea5d3d:9");
    assertEquals(List.of("Military Times", "The Media Line", "Yahoo News"),
        result.reporting().stream().map(OutletFinding::outlet).sorted().toList());
    assertFalse(result.outlets().stream().filter(f -> f.outlet().startsWith("unknown")).findFirst().orElseThrow().reports(),
        "002 has only \"It was a mistake\"");
  }

  private static void printSweepAndErrors() {
    for (int t = 15; t <= 60; t++) {
      double threshold = t / 100.0;
      System.out.printf(Locale.ROOT, "statements %s | paragraphs %s%n",
          evaluation.statements().at(threshold), evaluation.paragraphs().at(threshold));
    }
    System.out.println("at the defaults: statements " + evaluation.statements().at(SameFactOptions.DEFAULT_STATEMENT_THRESHOLD)
        + " | paragraphs " + evaluation.paragraphs().at(SameFactOptions.DEFAULT_PARAGRAPH_THRESHOLD));
    System.out.println("wrong answers at the defaults:");
    java.util.stream.Stream.concat(
            evaluation.statements().errorsAt(SameFactOptions.DEFAULT_STATEMENT_THRESHOLD).stream(),
            evaluation.paragraphs().errorsAt(SameFactOptions.DEFAULT_PARAGRAPH_THRESHOLD).stream())
        .forEach(j -> System.out.printf(Locale.ROOT, "  %-6s %.3f %s -> %s (%s)%n",
            j.expected() ? "missed" : "wrong", j.score(), j.query(), j.outlet(), j.evidenceParagraph()));
  }
}
