package org.crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.CrosscheckException;
import org.crosscheck.InvalidQueryException;
import org.crosscheck.ParagraphNotFoundException;
import org.crosscheck.Span;
import org.crosscheck.TestCorpora;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same-fact query on three small articles written here, asserting exact answers. */
class SameFactTest {
  @TempDir static Path corpus;
  private static Crosscheck crosscheck;

  @BeforeAll
  static void index() {
    TestCorpora.write(corpus, "manifest.csv", """
        id,outlet,title
        alpha,Daily Planet,Planet headline
        beta,Evening Star,Star headline
        gamma,unknown,Gamma headline
        """);
    TestCorpora.write(corpus, "alpha.txt", """
        Planet headline

        The harbour bridge will close for repairs in March, the city engineer said. About 4,000 cars cross it every day.

        The mayor Anna Berg visited the new library on Tuesday.

        “The bridge is safe but very tired,” Berg said.
        """);
    TestCorpora.write(corpus, "beta.txt", """
        Star headline

        Repairs will close the harbour bridge in March. Roughly 6,000 cars use the bridge daily, engineers say.

        Anna Berg opened a school in the north of the city.

        “The bridge is safe but rather tired,” Berg said.
        """);
    TestCorpora.write(corpus, "gamma.txt", """
        Gamma headline

        Anna Berg spoke about taxes and the budget deficit at length.

        Anna Berg spoke about taxes and the budget deficit at length.
        """);
    crosscheck = Crosscheck.inMemory();
    crosscheck.index(corpus);
  }

  @AfterAll
  static void close() {
    crosscheck.close();
  }

  @Test
  void reportingOutletsComeFirstWithTheirEvidenceSentenceAndSharedWords() {
    SameFactResult result = crosscheck.sameFact("The harbour bridge is closing for repairs in March");
    assertEquals("reported by 2 of 3 outlets", result.verdict());
    assertEquals(List.of("Daily Planet", "Evening Star", "unknown (gamma)"), result.outlets().stream().map(OutletFinding::outlet).toList());
    OutletFinding planet = result.outlets().getFirst();
    assertTrue(planet.reports());
    Evidence evidence = planet.evidence().orElseThrow();
    assertEquals("alpha:1", evidence.paragraphId());
    assertEquals("The harbour bridge will close for repairs in March, the city engineer said.", evidence.sentenceText());
    assertEquals(List.of("harbour", "bridge", "close", "repairs", "March"),
        evidence.highlights().stream().map(span -> span.of(evidence.text())).toList());
    assertEquals("Repairs will close the harbour bridge in March.",
        result.outlets().get(1).evidence().orElseThrow().sentenceText());
    assertFalse(result.outlets().get(2).reports(), "gamma never mentions the bridge");
  }

  @Test
  void mentioningTheSamePersonIsNotReportingTheFact() {
    SameFactResult result = crosscheck.sameFact("Anna Berg visited the new library");
    assertEquals(1, result.reportingCount(), result.toString());
    assertEquals("Daily Planet", result.reporting().getFirst().outlet());
  }

  @Test
  void differentNumbersForTheSameFactAreADiscrepancy() {
    SameFactResult result = crosscheck.sameFact("How many cars cross the harbour bridge every day");
    assertEquals(2, result.reportingCount());
    Discrepancy numbers = result.discrepancies().stream().filter(d -> d.kind() == Discrepancy.Kind.NUMBERS).findFirst().orElseThrow();
    assertEquals(List.of(new Discrepancy.Version("Daily Planet", "alpha:1", "4,000 cars"), new Discrepancy.Version("Evening Star", "beta:1", "6,000 cars")),
        numbers.versions());
  }

  @Test
  void sameQuoteInOtherWordsIsADiscrepancyAndTheQueryOutletIsLeftOut() {
    SameFactResult result = crosscheck.sameFactAsParagraph("alpha:3");
    assertEquals("reported by 1 of 2 other outlets", result.verdict());
    assertEquals("beta:3", result.reporting().getFirst().evidence().orElseThrow().paragraphId());
    Discrepancy quote = result.discrepancies().stream().filter(d -> d.kind() == Discrepancy.Kind.QUOTED_WORDS).findFirst().orElseThrow();
    assertEquals(List.of(new Discrepancy.Version("Daily Planet", "alpha:3", "The bridge is safe but very tired,"),
        new Discrepancy.Version("Evening Star", "beta:3", "The bridge is safe but rather tired,")), quote.versions());
  }

  @Test
  void anArticleOfUnknownOutletIsItsOwnSourceAndRepeatedSentencesCountOnce() {
    SameFactResult result = crosscheck.sameFact("Berg talked about taxes and the budget deficit");
    assertEquals("reported by 1 of 3 outlets", result.verdict());
    assertEquals("unknown (gamma)", result.reporting().getFirst().outlet());
    FactsReport report = crosscheck.facts();
    assertEquals(3, report.outletCount());
    long gammaClaims = report.uniqueClaims().stream().filter(c -> c.representative().paragraphId().startsWith("gamma:")).count();
    assertEquals(1, gammaClaims, "the repeated sentence of gamma is one claim");
  }

  @Test
  void theFactsReportGroupsTheBridgeClosureAcrossOutlets() {
    FactsReport report = crosscheck.facts();
    CorpusFact closure = report.facts().stream()
        .filter(f -> f.representative().sentence().contains("close"))
        .findFirst().orElseThrow();
    assertEquals(List.of("alpha:1", "beta:1"), closure.mentions().stream().map(CorpusFact.Mention::paragraphId).sorted().toList());
    assertTrue(report.facts().stream().allMatch(f -> f.outletCount() == 2), report.facts().toString());
  }

  @Test
  void badStatementsAreRefusedWithOneClearLine() {
    InvalidQueryException empty = assertThrows(InvalidQueryException.class, () -> crosscheck.sameFact("   "));
    assertTrue(empty.getMessage().contains("the statement is empty"), empty.getMessage());
    InvalidQueryException stopWords = assertThrows(InvalidQueryException.class, () -> crosscheck.sameFact("it is the one of them that was"));
    assertTrue(stopWords.getMessage().contains("only stop words"), stopWords.getMessage());
    String huge = "bridge ".repeat(10_000);
    InvalidQueryException tooLong = assertThrows(InvalidQueryException.class, () -> crosscheck.sameFact(huge));
    assertTrue(tooLong.getMessage().contains("has 10000 words; a statement is at most 300 words"), tooLong.getMessage());
    ParagraphNotFoundException missing = assertThrows(ParagraphNotFoundException.class, () -> crosscheck.sameFactAsParagraph("alpha:99"));
    assertEquals("no paragraph 'alpha:99' in the index; paragraph ids look like 001_ae67bbf54034e372:9 (article:number)", missing.getMessage());
    for (CrosscheckException e : List.of(empty, stopWords, tooLong, missing)) {
      assertEquals(1, e.getMessage().lines().count());
    }
  }

  @Test
  void highlightsAreOffsetsIntoTheParagraph() {
    Evidence evidence = crosscheck.sameFact("harbour bridge repairs").reporting().getFirst().evidence().orElseThrow();
    for (Span span : evidence.highlights()) {
      assertTrue(span.end() <= evidence.text().length());
    }
  }
}
