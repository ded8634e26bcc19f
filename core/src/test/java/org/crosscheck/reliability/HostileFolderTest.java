package org.crosscheck.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.Crosscheck;
import org.crosscheck.TestCorpora;
import org.crosscheck.index.IndexReport;
import org.crosscheck.index.SkippedFile;
import org.crosscheck.ingest.FileWarning;
import org.crosscheck.ingest.SkipReason;
import org.crosscheck.ingest.WarningKind;
import org.crosscheck.search.SearchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder holding every kind of bad file next to good ones: each bad one gets its outcome, the rest is indexed. */
class HostileFolderTest {
  @TempDir Path folder;

  private static final String ARTICLE = "Title\n\nThe council voted on the harbour plan.\n";

  private boolean mkfifo(Path path) throws InterruptedException, IOException {
    return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
  }

  @Test
  void eachBadFileGetsItsOutcomeAndTheRestIsIndexed() throws Exception {
    Path corpus = Files.createDirectories(folder.resolve("corpus"));
    TestCorpora.write(corpus, "good.txt", ARTICLE);
    TestCorpora.write(corpus, "empty.txt", "");
    TestCorpora.write(corpus, "blank.txt", " \n\n\t \r\n");
    TestCorpora.writeBytes(corpus, "binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
    TestCorpora.writeBytes(corpus, "pound.txt", "Fee\n\nA fee of \u00a315.8m was paid.".getBytes(StandardCharsets.ISO_8859_1));
    byte[] damaged = "Damaged\n\nCaf\u00e9 X harbour.".getBytes(StandardCharsets.UTF_8);
    damaged[damaged.length - 10] = (byte) 0xFF;
    TestCorpora.writeBytes(corpus, "damaged.txt", damaged);
    TestCorpora.write(corpus, "two words.txt", ARTICLE);
    TestCorpora.write(corpus, "Z\u00fcrich \u00e9t\u00e9/\u65e5\u672c \u8a18\u4e8b.txt", ARTICLE);
    Files.createSymbolicLink(corpus.resolve("loop.txt"), Path.of("loop.txt"));
    Files.createSymbolicLink(corpus.resolve("dangling.txt"), Path.of("nowhere.txt"));
    Files.createDirectories(corpus.resolve("sub"));
    Files.createSymbolicLink(corpus.resolve("sub/back"), Path.of(".."));
    Files.createSymbolicLink(corpus.resolve("linked.txt"), Path.of("good.txt"));
    boolean fifo = mkfifo(corpus.resolve("pipe.txt"));

    try (Crosscheck crosscheck = Crosscheck.open(folder.resolve("index"))) {
      IndexReport report = crosscheck.index(corpus);
      Map<SkipReason, Integer> expectedSkips = new java.util.TreeMap<>(Map.of(
          SkipReason.EMPTY, 1, SkipReason.BLANK, 1, SkipReason.BINARY, 1, SkipReason.UNREADABLE, 2));
      if (fifo) {
        expectedSkips.put(SkipReason.NOT_A_FILE, 1);
      }
      assertEquals(expectedSkips, report.skippedByReason());
      assertEquals(List.of("binary.txt", "blank.txt", "dangling.txt", "empty.txt", "loop.txt"),
          report.skipped().stream().map(SkippedFile::source).filter(s -> !s.equals("pipe.txt")).toList());
      assertEquals(Map.of(WarningKind.DECODED_AS_WINDOWS_1252, 1, WarningKind.REPLACED_BYTES, 1), report.warningsByKind());
      assertEquals(List.of("damaged.txt", "pound.txt"), report.warnings().stream().map(FileWarning::source).toList());
      // good, linked (a link to a file is read), pound, damaged, two words, the non-ASCII one; sub/back is not followed.
      assertEquals(6, report.articlesIndexed());

      assertEquals("A fee of \u00a315.8m was paid.", crosscheck.paragraph("pound:1").orElseThrow().paragraph().text());
      assertEquals("Caf\u00e9 \uFFFD harbour.", crosscheck.paragraph("damaged:1").orElseThrow().paragraph().text());
      String japanese = "Z\u00fcrich \u00e9t\u00e9/\u65e5\u672c \u8a18\u4e8b";
      assertTrue(crosscheck.paragraph(japanese + ":1").isPresent());
      assertTrue(crosscheck.paragraph("two words:1").isPresent());
      assertEquals(1, crosscheck.search("harbour", SearchOptions.defaults().withArticles(japanese)).totalHits());
      assertEquals(5, crosscheck.search("harbour").totalHits());

      // A second run over the same folder changes nothing and reports the same outcomes.
      IndexReport again = crosscheck.index(corpus);
      assertEquals(6, again.articlesUnchanged());
      assertEquals(report.skippedByReason(), again.skippedByReason());
      assertEquals(2, again.warnings().size());
    }
  }

  @Test
  void aFileRewrittenWhileTheFolderIsIndexedGivesOneWholeVersionOrASkip() throws Exception {
    Path corpus = Files.createDirectories(folder.resolve("busy"));
    TestCorpora.write(corpus, "steady.txt", ARTICLE);
    Path busy = TestCorpora.write(corpus, "busy.txt", "Busy\n\nVersion alpha.\n");
    List<String> versions = List.of("Version alpha.", "Version beta, which is longer than alpha.");
    java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
    Thread writer = Thread.ofPlatform().start(() -> {
      for (int i = 0; writing.get(); i++) {
        try {
          Files.writeString(busy, "Busy\n\n" + versions.get(i % 2) + "\n");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    });
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      for (int run = 0; run < 20; run++) {
        IndexReport report = crosscheck.index(corpus);
        for (SkippedFile skipped : report.skipped()) {
          assertEquals("busy.txt", skipped.source());
          // Caught between truncation and write, the file was empty at that moment.
          assertTrue(skipped.reason() == SkipReason.CHANGED_WHILE_READ || skipped.reason() == SkipReason.EMPTY, skipped.message());
        }
        crosscheck.paragraph("busy:1").ifPresent(p -> assertTrue(versions.contains(p.paragraph().text()), p.paragraph().text()));
        assertTrue(crosscheck.paragraph("steady:1").isPresent());
      }
    } finally {
      writing.set(false);
      writer.join();
    }
  }

  @Test
  void manyTinyFilesAreAllIndexed() {
    // The full 100,000-file run is an on-demand measurement (IngestionLoadTest); this keeps the shape.
    Path corpus = folder.resolve("tiny");
    int count = Integer.getInteger("crosscheck.tinyFiles", 500);
    for (int i = 0; i < count; i++) {
      TestCorpora.write(corpus, String.format("%03d/%06d.txt", i % 100, i), "T" + i + "\n\nParagraph number " + i + ".");
    }
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      IndexReport report = crosscheck.index(corpus);
      assertEquals(count, report.articlesAdded());
      assertEquals(count, crosscheck.paragraphCount());
      assertEquals(List.of(), report.skipped());
    }
  }
}
