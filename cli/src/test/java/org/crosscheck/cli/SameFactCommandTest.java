package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck same-fact} and {@code crosscheck facts} on the seeds, in-process. */
class SameFactCommandTest {
  @TempDir static Path home;
  private static String previousHome;

  @BeforeAll
  static void useATemporaryHome() {
    previousHome = System.getProperty("crosscheck.home");
    System.setProperty("crosscheck.home", home.toString());
  }

  @AfterAll
  static void restoreHome() {
    if (previousHome == null) {
      System.clearProperty("crosscheck.home");
    } else {
      System.setProperty("crosscheck.home", previousHome);
    }
  }

  @Test
  void textViewGivesTheVerdictThenOneBlockPerOutlet() {
    Cli cli = Cli.run("same-fact", "Esper said there has been no decision to leave Iraq", "--color", "never");
    assertEquals(0, cli.exitCode(), cli.err());
    List<String> lines = cli.out().lines().toList();
    assertEquals("Statement: Esper said there has been no decision to leave Iraq", lines.get(0));
    assertEquals("Reported by 5 of 5 outlets.", lines.get(1));
    assertEquals("+ Military Times · ¶3  004_cb1a41b3aa05e9b8:3  score 0.96", lines.get(3));
    assertTrue(lines.get(4).contains("there has been no [[decision]] to [[leave]] [[Iraq]]."), lines.get(4));
    assertTrue(cli.out().contains("Discrepancies:"), cli.out());
  }

  @Test
  void jsonCarriesTheNamesScriptsRelyOn() throws Exception {
    Cli cli = Cli.run("same-fact", "--paragraph", "000_0db9211732ea5d3d:9", "--format", "json");
    assertEquals(0, cli.exitCode(), cli.err());
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertTrue(json.get("statement").asText().startsWith("“The long and the short of it is"));
    assertEquals(4, json.get("outletCount").asInt());
    assertEquals(3, json.get("reportingCount").asInt());
    JsonNode first = json.get("outlets").get(0);
    for (String name : List.of("outlet", "article", "paragraph", "reports", "text", "evidence", "score", "highlights")) {
      assertTrue(first.has(name), name);
    }
    assertEquals("Military Times", first.get("outlet").asText());
    assertEquals(12, first.get("paragraph").asInt());
    assertTrue(first.get("reports").asBoolean());
    JsonNode highlight = first.get("highlights").get(0);
    assertEquals(first.get("text").asText().substring(highlight.get("start").asInt(), highlight.get("end").asInt()),
        highlight.get("text").asText());
    JsonNode last = json.get("outlets").get(3);
    assertFalse(last.get("reports").asBoolean());
    assertTrue(last.get("article").isNull());
  }

  /** Found by StatementFuzzTest: the number "5,000" is highlighted inside "5,000 American troops", and the view crashed. */
  @Test
  void overlappingHighlightsAreMarkedOnce() {
    Cli cli = Cli.run("same-fact", "--paragraph", "003_e91974fb60900235:6", "--color", "never");
    assertEquals(0, cli.exitCode(), cli.err());
    assertEquals("", cli.err().lines().filter(l -> !l.startsWith("crosscheck: first run")).collect(java.util.stream.Collectors.joining("\n")));
    assertTrue(cli.out().startsWith("Paragraph 003_e91974fb60900235:6: "), cli.out());
    assertFalse(cli.out().contains("[[[["), "no mark inside a mark: " + cli.out());
  }

  @Test
  void badInputIsOneLineAndExitCodeTwo() {
    for (String[] args : List.of(
        new String[] {"same-fact", ""},
        new String[] {"same-fact", "the of and it is"},
        new String[] {"same-fact", "--paragraph", "nope:1"},
        new String[] {"same-fact", "word ".repeat(10_000)},
        new String[] {"same-fact", java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> "w" + i).collect(java.util.stream.Collectors.joining(" "))},
        new String[] {"same-fact", "--paragraph", ""})) {
      Cli cli = Cli.run(args);
      assertEquals(2, cli.exitCode(), cli.err());
      List<String> errors = cli.errLines().stream().filter(l -> !l.startsWith("crosscheck: first run")).toList();
      assertEquals(1, errors.size(), cli.err());
      assertTrue(errors.getFirst().startsWith("crosscheck: "), cli.err());
      assertEquals("", cli.out());
    }
    assertTrue(Cli.run("same-fact", "--paragraph", "nope:1").err().contains("no paragraph 'nope:1' in the index"));
  }

  @Test
  void factsReportListsTheFiveOutletFactsFirst() throws Exception {
    Cli cli = Cli.run("facts", "--format", "json");
    assertEquals(0, cli.exitCode(), cli.err());
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertEquals(5, json.get("outletCount").asInt());
    JsonNode first = json.get("facts").get(0);
    assertEquals(5, first.get("outletCount").asInt());
    assertEquals(1, first.get("rank").asInt());

    Cli unique = Cli.run("facts", "--unique", "--color", "never");
    assertEquals(0, unique.exitCode(), unique.err());
    assertTrue(unique.out().lines().findFirst().orElseThrow().endsWith("claims made by one outlet only (of 5)."), unique.out());

    Cli threeOrMore = Cli.run("facts", "--min-outlets", "3", "--format", "json");
    JsonNode facts = new ObjectMapper().readTree(threeOrMore.out()).get("facts");
    for (JsonNode fact : facts) {
      assertTrue(fact.get("outletCount").asInt() >= 3);
    }
    assertEquals(2, Cli.run("facts", "--min-outlets", "0").exitCode());
  }
}
