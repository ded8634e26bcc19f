package org.crosscheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.CrosscheckException;
import org.crosscheck.InvalidQueryException;
import org.crosscheck.ParagraphNotFoundException;
import org.crosscheck.Span;
import org.crosscheck.TestCorpora;
import org.crosscheck.facts.Evidence;
import org.crosscheck.facts.OutletFinding;
import org.crosscheck.facts.SameFactResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Any string as a same-fact statement, and as a paragraph id, over the seed articles: each answers
 * with a well-formed result (one finding per outlet, scores and offsets in range, reporting outlets
 * at or above the threshold) or is refused with one line, and nothing else. Findings are kept in
 * {@code src/test/resources/org/crosscheck/fuzz/StatementFuzzTestInputs/fuzzStatement} and replayed
 * by every build.
 */
class StatementFuzzTest {
  /** The seeds have five sources; a paragraph query leaves its own out. */
  private static final int SEED_SOURCES = 5;

  private static Crosscheck crosscheck;

  @BeforeAll
  static void index() {
    crosscheck = Crosscheck.inMemory();
    crosscheck.index(TestCorpora.seeds());
  }

  @AfterAll
  static void close() {
    crosscheck.close();
  }

  @FuzzTest(maxDuration = "10s")
  void fuzzStatement(byte[] bytes) {
    String input = new String(bytes, StandardCharsets.UTF_8);
    try {
      checkWellFormed(crosscheck.sameFact(input), SEED_SOURCES);
    } catch (InvalidQueryException refused) {
      checkOneLine(refused, "invalid query '");
    }
    try {
      checkWellFormed(crosscheck.sameFactAsParagraph(input), SEED_SOURCES - 1);
    } catch (ParagraphNotFoundException refused) {
      checkOneLine(refused, "no paragraph '");
    }
  }

  private static void checkOneLine(CrosscheckException refused, String start) {
    String message = refused.getMessage();
    assertTrue(message.startsWith(start), message);
    assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
    assertTrue(message.length() < 400, "a short line: " + message.length() + " characters");
  }

  private static void checkWellFormed(SameFactResult result, int outlets) {
    assertEquals(outlets, result.outletCount(), "one finding per outlet");
    assertEquals(outlets, result.outlets().stream().map(OutletFinding::outlet).distinct().count(), "no outlet twice");
    for (OutletFinding finding : result.outlets()) {
      assertTrue(finding.score() >= 0 && finding.score() <= 1, finding.outlet() + " scores " + finding.score());
      assertEquals(finding.reports(), finding.score() >= result.threshold() && finding.evidence().isPresent(),
          finding.outlet() + " reports exactly when its evidence reaches the threshold");
      finding.evidence().ifPresent(evidence -> checkInside(evidence, result.statement()));
    }
    assertTrue(result.variants().stream().allMatch(v -> !v.outlets().isEmpty()), "every wording has an outlet");
  }

  private static void checkInside(Evidence evidence, String statement) {
    checkOrderedInside(evidence.sentences(), evidence.text().length(), "sentences", false);
    // A number's span may overlap its words' ("5,000 troops" over "5,000"): a finding of this test,
    // which crashed the text view; views merge them (SameFactTextView), so only order and bounds hold here.
    checkOrderedInside(evidence.highlights(), evidence.text().length(), "highlights", true);
    assertTrue(evidence.statementSpan().end() <= statement.length(), "the statement span " + evidence.statementSpan() + " in the statement");
  }

  private static void checkOrderedInside(List<Span> spans, int length, String what, boolean mayOverlap) {
    int previousStart = 0;
    int previousEnd = 0;
    for (Span span : spans) {
      boolean inOrder = mayOverlap ? span.start() >= previousStart : span.start() >= previousEnd;
      assertTrue(inOrder && span.end() <= length, what + " " + spans + " in order within " + length + " characters");
      previousStart = span.start();
      previousEnd = span.end();
    }
  }
}
