package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IndexCommandTest {
  @TempDir Path corpus;
  @TempDir Path index;

  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    CommandLine commandLine = CrosscheckCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exit = commandLine.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  /** A corpus laid out like the BBC set: one outlet, a folder per category. */
  private void categories() throws IOException {
    Files.createDirectories(corpus.resolve("sport"));
    Files.createDirectories(corpus.resolve("tech"));
    Files.writeString(corpus.resolve("sport/001.txt"), "Cup final tonight\n\nThe cup final kicks off at eight.\n");
    Files.writeString(corpus.resolve("tech/001.txt"), "New phone\n\nThe phone folds in half.\n");
    Files.writeString(corpus.resolve("README.TXT"), "About this corpus\n\nTwo articles in two categories.\n");
  }

  @Test
  void foldersAreOutletsByDefaultAndOneOutletCanBeGiven() throws IOException {
    categories();
    Result folders = run("index", "--index", index.toString(), corpus.toString());
    assertEquals(0, folders.exit(), folders.err());
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      assertEquals(List.of("sport", "tech"), crosscheck.outlets(), "README.TXT is the corpus's note, not an article");
    }
    Result bbc = run("index", "--index", index.toString(), "--outlet", "BBC", corpus.toString());
    assertEquals(0, bbc.exit(), bbc.err());
    assertEquals("  0 added, 2 updated, 0 unchanged, 0 removed; 2 paragraphs written, 0 of them boilerplate set aside; 2 paragraphs in the index",
        bbc.out().lines().toList().get(1));
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      assertEquals(List.of("BBC"), crosscheck.outlets());
    }
  }

  @Test
  void outletAndOutletFromTogetherAreAUsageError() throws IOException {
    categories();
    Result both = run("index", "--index", index.toString(), "--outlet", "BBC", "--outlet-from", "manifest", corpus.toString());
    assertEquals(2, both.exit());
    assertEquals("crosscheck: give --outlet or --outlet-from, not both (see 'crosscheck index --help')\n", both.err());
  }

  @Test
  void theReportCountsSkippedFilesByReasonAndNamesEach() throws IOException {
    categories();
    Files.write(corpus.resolve("tech/002.txt"), new byte[] {'T', '\n', '\n', (byte) 0x93, 'h', 'i', (byte) 0x94});
    Files.write(corpus.resolve("tech/003.txt"), new byte[0]);
    Result result = run("index", "--index", index.toString(), "--outlet-from", "none", corpus.toString());
    assertEquals(2, result.exit());
    List<String> out = result.out().lines().toList();
    assertTrue(out.get(0).matches("Indexed 3 articles from .+ into .+ in \\d+\\.\\d s( \\(\\d+ paragraphs/s\\))?"), out.get(0));
    assertEquals(List.of(
            "  3 added, 0 updated, 0 unchanged, 0 removed; 3 paragraphs written, 0 of them boilerplate set aside; 3 paragraphs in the index",
            "  1 file skipped (empty: 1); anything indexed from them before is kept",
            "  1 file indexed with a warning (decoded-as-windows-1252: 1); not UTF-8, each line below names the first bad byte"),
        out.subList(1, 4));
    // Curly quotes saved as windows-1252 are read as such, with a warning, not skipped.
    assertEquals("""
        crosscheck: skipped tech/003.txt: the file is empty
        crosscheck: warning: tech/002.txt: not valid UTF-8 (byte 0x93 at offset 3), read as windows-1252
        """, result.err());
  }

  @Test
  void withoutEntitiesAnEntityQueryIsRefusedInOneLine() throws IOException {
    categories();
    Files.writeString(corpus.resolve("sport/002.txt"), "Coach speaks\n\nCoach Anna Berg said the final in Oslo would be close.\n");
    Result indexed = run("index", "--index", index.toString(), "--no-entities", "--threads", "1", corpus.toString());
    assertEquals(0, indexed.exit(), indexed.err());
    Result search = run("search", "--index", index.toString(), "person:berg");
    assertEquals(2, search.exit());
    assertEquals("crosscheck: the query field 'person:' needs the entity fields, but this index was built without entity"
        + " extraction (as with crosscheck index --no-entities); index the corpus again with it on, the default\n", search.err());
    assertEquals(0, run("search", "--index", index.toString(), "final").exit());
    Result again = run("index", "--index", index.toString(), corpus.toString());
    assertEquals("  0 added, 3 updated, 0 unchanged, 0 removed; 3 paragraphs written, 0 of them boilerplate set aside; 3 paragraphs in the index",
        again.out().lines().toList().get(1), "entities on again: every article is indexed anew");
    assertEquals(0, run("search", "--index", index.toString(), "person:berg").exit());
  }

  @Test
  void aThreadCountOutOfRangeIsAUsageError() throws IOException {
    categories();
    Result none = run("index", "--index", index.toString(), "--threads", "0", corpus.toString());
    assertEquals(2, none.exit());
    assertEquals("crosscheck: --threads must be between 1 and 64, got 0 (see 'crosscheck index --help')\n", none.err());
  }
}
