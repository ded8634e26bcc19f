package org.crosscheck.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.crosscheck.Crosscheck;
import org.crosscheck.InvalidQueryException;
import org.crosscheck.ParagraphNotFoundException;
import org.crosscheck.TestCorpora;
import org.crosscheck.search.SearchOptions;
import org.crosscheck.search.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every hostile query gets one clear line or an answer, never anything else; each is timed and
 * the figures printed (the one-second bound is a documented measurement, not a timed assertion).
 */
class HostileQueryTest {
  @TempDir static Path corpus;
  private static Crosscheck crosscheck;

  @BeforeAll
  static void index() {
    for (int i = 0; i < 200; i++) {
      TestCorpora.write(corpus, "a" + i + ".txt", "Article " + i + "\n\nThe harbour plan " + i
          + " was voted through by the council.\n\nA storm delayed ferry number " + i + " and word" + i + "a.\n");
    }
    crosscheck = Crosscheck.inMemory();
    crosscheck.index(corpus);
  }

  @AfterAll
  static void close() {
    crosscheck.close();
  }

  /** What a hostile query got: an error line or an answer, and how long it took. */
  record Outcome(String query, String line, long millis) {}

  private static Outcome run(String query, SearchOptions options) {
    long started = System.nanoTime();
    String line;
    try {
      SearchResults results = crosscheck.search(query, options);
      line = (results.partial() ? "partial: at least " : "answer: ") + results.totalHits() + " hits";
    } catch (InvalidQueryException e) {
      line = e.getMessage();
      assertFalse(line.contains("\n"), "one line: " + line);
    }
    return new Outcome(query, line, (System.nanoTime() - started) / 1_000_000);
  }

  private static String shown(String query) {
    String printable = query.codePoints().mapToObj(c -> Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c))
        .collect(Collectors.joining());
    return printable.length() > 40 ? printable.substring(0, 37) + "... (" + query.length() + " chars)" : printable;
  }

  @Test
  void eachHostileQueryGetsOneLineOrABoundedAnswer() {
    String tenThousandTerms = IntStream.range(0, 10_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    String clauseLimitPlusOne = IntStream.range(0, 1025).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
    List<String[]> cases = List.of(
        new String[] {"\"unbalanced quote", "invalid query '\"unbalanced quote': unbalanced quotation mark: a phrase is opened with \" but never closed"},
        new String[] {"(harbour OR storm", "invalid query '(harbour OR storm': unbalanced parentheses: a '(' is never closed"},
        new String[] {"harbour)", "invalid query 'harbour)': unbalanced parentheses: a ')' closes nothing"},
        new String[] {"*arbour", "invalid query '*arbour': a term may not start with a wildcard ('*' or '?')"},
        new String[] {"?arbour", "invalid query '?arbour': a term may not start with a wildcard ('*' or '?')"},
        new String[] {"/.*.*.*.*a/", "answer: 200 hits"},
        new String[] {"/(.*){20}a/", "answer: 200 hits"},
        new String[] {"word1*~", null},
        new String[] {tenThousandTerms, null},
        new String[] {clauseLimitPlusOne, null},
        new String[] {"(".repeat(65) + "x" + ")".repeat(65), null},
        new String[] {"author:smith", null},
        new String[] {"", "invalid query '': the query is empty"},
        new String[] {"\u0000\u0001", null},
        new String[] {"title:\"\"", null});
    List<Outcome> outcomes = new ArrayList<>();
    for (String[] c : cases) {
      Outcome outcome = run(c[0], SearchOptions.defaults());
      outcomes.add(outcome);
      if (c[1] != null) {
        assertEquals(c[1], outcome.line(), shown(c[0]));
      }
    }
    assertTrue(outcomes.get(8).line().endsWith(": it has more than 1024 clauses"), outcomes.get(8).line());
    assertTrue(outcomes.get(9).line().endsWith(": it has more than 1024 clauses"), outcomes.get(9).line());
    assertTrue(outcomes.get(10).line().endsWith(": its parentheses nest 65 levels deep; the limit is 64"), outcomes.get(10).line());
    assertTrue(outcomes.get(11).line().startsWith("invalid query 'author:smith': unknown field 'author'"), outcomes.get(11).line());
    for (Outcome outcome : outcomes) {
      System.out.println(String.format(Locale.ROOT, "hostile query %-50s %5d ms  %s", shown(outcome.query()), outcome.millis(),
          outcome.line().length() > 120 ? outcome.line().substring(0, 117) + "..." : outcome.line()));
    }
  }

  /** What a same-fact query got: its verdict, or the one line of its typed refusal. */
  private static Outcome sameFact(String input, boolean asParagraph) {
    long started = System.nanoTime();
    String line;
    try {
      line = "answer: " + (asParagraph ? crosscheck.sameFactAsParagraph(input) : crosscheck.sameFact(input)).verdict();
    } catch (InvalidQueryException | ParagraphNotFoundException e) {
      line = e.getMessage();
      assertFalse(line.contains("\n") || line.contains("\r"), "one line: " + line);
      assertTrue(line.length() < 300, "a short line: " + line);
    }
    return new Outcome((asParagraph ? "paragraph " : "statement ") + input, line, (System.nanoTime() - started) / 1_000_000);
  }

  @Test
  void eachHostileStatementGetsOneLineOrABoundedAnswer() {
    String tenThousandWords = IntStream.range(0, 10_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    List<Outcome> outcomes = List.of(
        sameFact("", false),
        sameFact(" \t\n ", false),
        sameFact("the of and it is", false),
        sameFact(tenThousandWords, false),
        sameFact("\u0000\u0001", false),
        sameFact("The harbour plan was voted through by the council.", false),
        sameFact("nope:1", true),
        sameFact("", true),
        sameFact("x".repeat(10_000) + ":1", true),
        sameFact(tenThousandWords, true),
        sameFact("a7:1", true),
        sameFact("a7\r\n:1", true));
    String empty = ": the statement is empty; say what happened, for example: Esper said no decision had been made to leave Iraq";
    assertEquals("invalid query ''" + empty, outcomes.get(0).line());
    assertEquals("invalid query '    '" + empty, outcomes.get(1).line(), "control characters become spaces");
    assertEquals("invalid query 'the of and it is': the statement has only stop words (the, of, said, ...); name who did what",
        outcomes.get(2).line());
    assertTrue(outcomes.get(3).line().startsWith("invalid query 'w0 w1 w2 "), outcomes.get(3).line());
    assertTrue(outcomes.get(3).line().contains("...': the statement has 10000 words; a statement is at most "), outcomes.get(3).line());
    assertTrue(outcomes.get(4).line().startsWith("invalid query '  ': "), outcomes.get(4).line());
    assertEquals("answer: reported by 200 of 200 outlets", outcomes.get(5).line(), "every article says it, each its own unknown source");
    String ids = " in the index; paragraph ids look like 001_ae67bbf54034e372:9 (article:number)";
    assertEquals("no paragraph 'nope:1'" + ids, outcomes.get(6).line());
    assertEquals("no paragraph ''" + ids, outcomes.get(7).line());
    assertEquals("no paragraph '" + "x".repeat(77) + "...'" + ids, outcomes.get(8).line());
    assertEquals("no paragraph '" + tenThousandWords.substring(0, 77) + "...'" + ids, outcomes.get(9).line());
    assertEquals("answer: reported by 199 of 199 other outlets", outcomes.get(10).line());
    assertEquals("no paragraph 'a7  :1'" + ids, outcomes.get(11).line(), "found by StatementFuzzTest: the id's line break was echoed");
    for (Outcome outcome : outcomes) {
      System.out.println(String.format(Locale.ROOT, "hostile same-fact %-50s %5d ms  %s", shown(outcome.query()), outcome.millis(),
          outcome.line().length() > 120 ? outcome.line().substring(0, 117) + "..." : outcome.line()));
    }
  }

  /**
   * A regular expression walks terms and is stopped by the reader's deadline checks; a term query
   * is searched without them (they watch term walks only), and its collection still stops.
   */
  @ParameterizedTest
  @ValueSource(strings = {"/.*.*.*.*a/", "harbour"})
  void aSearchOutOfTimeAnswersWhatItHasFlaggedPartial(String query) {
    SearchResults full = crosscheck.search(query, SearchOptions.defaults().withLimit(5));
    assertFalse(full.partial());
    assertEquals(200, full.totalHits());
    SearchResults cut = crosscheck.search(query, SearchOptions.defaults().withLimit(5).withTimeout(Duration.ofNanos(1)));
    assertTrue(cut.partial(), "a deadline already past stops the search");
    assertTrue(cut.totalHits() < 200, cut.totalHits() + " hits");
  }

  @Test
  void aBadTimeoutIsRefusedNamingTheParameter() {
    try {
      SearchOptions.defaults().withTimeout(Duration.ZERO);
      fail("a zero timeout is accepted");
    } catch (IllegalArgumentException e) {
      assertEquals("the parameter 'timeout' must be positive and at most PT1H, got PT0S", e.getMessage());
    }
  }
}
