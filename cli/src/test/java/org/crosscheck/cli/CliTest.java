package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in-process: output text, JSON names and exit codes. */
class CliTest {
  @TempDir Path home;
  private String previousHome;

  @BeforeEach
  void useATemporaryHome() {
    previousHome = System.getProperty("crosscheck.home");
    System.setProperty("crosscheck.home", home.toString());
  }

  @AfterEach
  void restoreHome() {
    if (previousHome == null) {
      System.clearProperty("crosscheck.home");
    } else {
      System.setProperty("crosscheck.home", previousHome);
    }
  }

  @Test
  void searchBuildsTheSeedIndexOnFirstUseAndMarksThePhraseAsOneUnit() {
    Cli first = Cli.run("search", "\"honest mistake\"");
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.err().startsWith("crosscheck: first run: indexing the seed articles of "), first.err());
    List<String> lines = first.out().lines().toList();
    assertEquals("5 paragraphs match \"honest mistake\"", lines.getFirst());
    assertEquals(" 1. Yahoo News · Pentagon gets signals crossed over Iraq withdrawal. Confusion ensues.", lines.get(2));
    assertEquals("    ¶10  001_ae67bbf54034e372:10  score 2.469", lines.get(3));
    assertEquals("    “It was a mistake, an [[honest mistake]], a draft unsigned letter, because we are moving forces around,”"
        + " Milley told reporters, adding, “It shouldn't have been sent.”", lines.get(4));
    assertTrue(first.out().contains(" 3. Military Times · (untitled: 004_cb1a41b3aa05e9b8)"));
    assertTrue(Files.isDirectory(home.resolve(".crosscheck/index")));

    Cli second = Cli.run("search", "\"honest mistake\"");
    assertEquals("", second.err(), "the seed index is built once");
    assertEquals(first.out(), second.out());
  }

  @Test
  void aSeedIndexBuiltByOlderRulesIsRebuiltBeforeSearching() throws Exception {
    assertEquals(0, Cli.run("search", "Milley").exitCode());
    Path index = home.resolve(".crosscheck/index");
    try (var dir = org.apache.lucene.store.FSDirectory.open(index);
        var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
      java.util.Map<String, String> data = new java.util.HashMap<>();
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.put("crosscheck.ingestion", "older-rules");
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
    Cli stale = Cli.run("search", "Milley");
    assertEquals(0, stale.exitCode(), stale.err());
    assertTrue(stale.err().startsWith("crosscheck: the seed index was built by an older crosscheck; re-indexing "), stale.err());
    assertEquals("", Cli.run("search", "Milley").err(), "rebuilt once");
  }

  @Test
  void jsonCarriesTheNamesScriptsRelyOn() throws Exception {
    Cli cli = Cli.run("search", "\"honest mistake\"", "--format", "json", "--limit", "3");
    assertEquals(0, cli.exitCode(), cli.err());
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertEquals("\"honest mistake\"", json.get("query").asText());
    assertEquals(5, json.get("totalHits").asInt());
    assertEquals(3, json.get("hits").size());
    JsonNode hit = json.get("hits").get(1);
    assertEquals("000_0db9211732ea5d3d:9", hit.get("id").asText());
    assertEquals("000_0db9211732ea5d3d", hit.get("article").asText());
    assertEquals("FRN", hit.get("outlet").asText());
    assertEquals("A Kerfuffle? US Suddenly Reverses Movement out of Iraq, citing ‘Oopsy!’", hit.get("title").asText());
    assertEquals(9, hit.get("paragraph").asInt());
    assertEquals("body", hit.get("kind").asText());
    assertTrue(hit.get("score").asDouble() > 0);
    String text = hit.get("text").asText();
    JsonNode highlight = hit.get("highlights").get(0);
    assertEquals("honest mistake", text.substring(highlight.get("start").asInt(), highlight.get("end").asInt()));
    assertEquals("honest mistake", highlight.get("text").asText());
  }

  @Test
  void boilerplateIsNotSearchedByDefault() {
    Cli cli = Cli.run("search", "subscribe newsletter");
    assertEquals(0, cli.exitCode());
    assertEquals("No paragraph matches subscribe newsletter.", cli.out().strip());
    Cli withBoilerplate = Cli.run("search", "subscribe newsletter", "--boilerplate");
    assertTrue(withBoilerplate.out().contains("[boilerplate]"), withBoilerplate.out());
  }

  @Test
  void filtersByOutletInAnyCase() {
    Cli cli = Cli.run("search", "Milley", "--outlet", "military times", "--format", "json");
    assertEquals(0, cli.exitCode(), cli.err());
    assertFalse(cli.out().contains("\"outlet\" : \"Yahoo News\""));
    assertTrue(cli.out().contains("\"outlet\" : \"Military Times\""));
  }

  @Test
  void colourIsAnsiWhenAskedAndMarkersOtherwise() {
    assertTrue(Cli.run("search", "détente", "--color", "always").out().contains("\u001B[1;33mdétente\u001B[0m"));
    assertTrue(Cli.run("search", "détente", "--color", "never").out().contains("[[détente]]"));
  }

  @Test
  void aMalformedQueryIsOneLineAndExitCodeTwo() {
    Cli cli = Cli.run("search", "\"honest mistake");
    assertEquals(2, cli.exitCode());
    assertEquals("", cli.out());
    assertEquals(List.of("crosscheck: invalid query '\"honest mistake': unbalanced quotation mark: a phrase is opened with \" but never closed"),
        cli.errLines().stream().filter(l -> !l.startsWith("crosscheck: first run")).toList());
  }

  @Test
  void aMissingFolderIsOneLineAndExitCodeTwo() {
    Path missing = home.resolve("no-such-folder");
    Cli cli = Cli.run("index", missing.toString(), "--index", home.resolve("idx").toString());
    assertEquals(2, cli.exitCode());
    assertEquals(List.of("crosscheck: " + missing + ": no such folder"), cli.errLines());
  }

  @Test
  void badFilesAreNamedTheRestIndexedAndTheExitCodeIsTwo() throws Exception {
    Path corpus = Files.createDirectories(home.resolve("corpus"));
    Files.writeString(corpus.resolve("good.txt"), "Good\n\nA good paragraph about Baghdad.");
    Files.writeString(corpus.resolve("empty.txt"), "");
    Files.write(corpus.resolve("binary.txt"), new byte[] {1, 2, 0, 3});
    Files.write(corpus.resolve("latin1.txt"), new byte[] {'T', '\n', '\n', 'c', 'a', 'f', (byte) 0xE9});
    Path index = home.resolve("idx");
    Cli cli = Cli.run("index", corpus.toString(), "--index", index.toString());
    assertEquals(2, cli.exitCode());
    assertEquals(List.of(
        "crosscheck: skipped binary.txt: binary file (a NUL byte at offset 2), not a text article",
        "crosscheck: skipped empty.txt: the file is empty",
        "crosscheck: warning: latin1.txt: not valid UTF-8 (byte 0xE9 at offset 6), read as windows-1252"), cli.errLines());
    assertTrue(cli.out().startsWith("Indexed 2 articles from " + corpus + " into " + index), cli.out());
    assertTrue(cli.out().contains("2 files skipped"), cli.out());
    assertTrue(cli.out().contains("1 file indexed with a warning"), cli.out());

    Cli json = Cli.run("index", corpus.toString(), "--index", index.toString(), "--format", "json");
    assertTrue(json.out().contains("\"kind\" : \"decoded-as-windows-1252\""), json.out());
    assertTrue(json.out().contains("\"byteOffset\" : 6"), json.out());

    Cli search = Cli.run("search", "Baghdad", "--index", index.toString(), "--format", "json");
    assertEquals(0, search.exitCode());
    assertTrue(search.out().contains("\"id\" : \"good:1\""));
  }

  @Test
  void pastAThousandMatchesTheCountIsALowerBoundUnlessEveryMatchIsCounted() throws Exception {
    Path corpus = Files.createDirectories(home.resolve("log"));
    StringBuilder log = new StringBuilder("Harbour log\n");
    for (int i = 1; i <= 1_200; i++) {
      log.append("\nEntry ").append(i).append(": the harbour master counted ").append(i).append(" boats.\n");
    }
    Files.writeString(corpus.resolve("log.txt"), log);
    Path index = home.resolve("log-index");
    assertEquals(0, Cli.run("index", corpus.toString(), "--index", index.toString()).exitCode());

    Cli bounded = Cli.run("search", "\"harbour master\"", "--index", index.toString(), "-n", "2");
    assertEquals(0, bounded.exitCode(), bounded.err());
    assertTrue(bounded.out().startsWith("At least 1200 paragraphs match \"harbour master\" (showing 1-2)\n"), bounded.out());
    Cli counted = Cli.run("search", "\"harbour master\"", "--index", index.toString(), "-n", "2", "--exact-count");
    assertTrue(counted.out().startsWith("1200 paragraphs match \"harbour master\" (showing 1-2)\n"), counted.out());
    assertEquals(bounded.out().lines().skip(1).toList(), counted.out().lines().skip(1).toList(), "the same hits");

    JsonNode json = new ObjectMapper().readTree(
        Cli.run("search", "harbour", "--index", index.toString(), "-n", "1", "--format", "json").out());
    assertFalse(json.get("totalHitsExact").asBoolean());
    assertTrue(json.get("totalHits").asLong() > 1000, json.toString());
    JsonNode exact = new ObjectMapper().readTree(
        Cli.run("search", "harbour", "--index", index.toString(), "-n", "1", "--format", "json", "--exact-count").out());
    assertTrue(exact.get("totalHitsExact").asBoolean());
    assertEquals(1200, exact.get("totalHits").asLong());
  }

  @Test
  void searchingAFolderWithoutAnIndexSaysHowToBuildOne() {
    Path index = home.resolve("empty-index");
    Cli cli = Cli.run("search", "x", "--index", index.toString());
    assertEquals(2, cli.exitCode());
    assertEquals(List.of("crosscheck: no index at " + index + "; build one with: crosscheck index CORPUS_DIR --index " + index),
        cli.errLines());
  }

  @Test
  void badOptionsAreOneLineAndExitCodeTwo() {
    Cli unknown = Cli.run("search", "x", "--frobnicate");
    assertEquals(2, unknown.exitCode());
    assertEquals(List.of("crosscheck: Unknown option: '--frobnicate' (see 'crosscheck search --help')"), unknown.errLines());
    Cli badLimit = Cli.run("search", "x", "--limit", "0");
    assertEquals(2, badLimit.exitCode());
    assertEquals("crosscheck: the parameter 'limit' must be between 1 and 10000, got 0", badLimit.errLines().getLast());
    Cli badFormat = Cli.run("search", "x", "--format", "xml");
    assertEquals(2, badFormat.exitCode());
    assertEquals(1, badFormat.errLines().size());
  }

  @Test
  void everyCommandHasHelpAndVersion() {
    for (String command : List.of("index", "search")) {
      Cli help = Cli.run(command, "--help");
      assertEquals(0, help.exitCode(), command);
      assertTrue(help.out().startsWith("Usage: crosscheck " + command), help.out());
      Cli version = Cli.run(command, "--version");
      assertEquals(0, version.exitCode(), command);
      assertTrue(version.out().startsWith("crosscheck "), version.out());
    }
    Cli root = Cli.run("--help");
    Set<String> commands = new TreeSet<>();
    for (String line : root.out().lines().toList()) {
      String trimmed = line.strip();
      if (trimmed.startsWith("index ") || trimmed.startsWith("search ")) {
        commands.add(trimmed.substring(0, trimmed.indexOf(' ')));
      }
    }
    assertEquals(Set.of("index", "search"), commands);
  }

  @Test
  void reindexingTheSeedsReportsEverythingUnchanged() {
    Path index = home.resolve("idx");
    assertEquals(0, Cli.run("index", "--index", index.toString()).exitCode());
    Cli again = Cli.run("index", "--index", index.toString(), "--format", "json");
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("\"unchanged\" : 5"), again.out());
    assertTrue(again.out().contains("\"paragraphsInIndex\" : 89"), again.out());
  }
}
