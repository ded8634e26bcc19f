package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.IndexLockedException;
import org.crosscheck.ingest.OutletRule;
import org.crosscheck.search.SearchHit;
import org.crosscheck.search.SearchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalIndexingTest {
  @TempDir Path corpus;
  @TempDir Path indexFolder;

  private void write(String name, String text) throws IOException {
    Path file = corpus.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void threeArticles() throws IOException {
    write("alpha.txt", "Alpha title\n\nThe river flooded the old mill.\n\nVolunteers stacked sandbags all night.\n");
    write("beta.txt", "Beta title\n\nThe council approved the budget.\n");
    write("gamma.txt", "Gamma title\n\nA comet passed close to the moon.\n");
  }

  private static List<String> ids(Crosscheck crosscheck, String query) {
    return crosscheck.search(query, SearchOptions.defaults().withLimit(100)).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void reindexingTouchesOnlyAddedChangedAndRemovedFiles() throws IOException {
    threeArticles();
    try (Crosscheck crosscheck = Crosscheck.open(indexFolder)) {
      IndexReport first = crosscheck.index(corpus);
      assertEquals(List.of(3, 0, 0, 0, 4, 4), counts(first));

      write("beta.txt", "Beta title\n\nThe council rejected the budget.\n");
      Files.delete(corpus.resolve("gamma.txt"));
      write("delta.txt", "Delta title\n\nThe bridge reopened to traffic.\n");
      IndexReport second = crosscheck.index(corpus);

      assertEquals(List.of(1, 1, 1, 1, 2, 4), counts(second));
      assertEquals(List.of(), ids(crosscheck, "comet"));
      assertEquals(List.of("beta:1"), ids(crosscheck, "council"));
      assertEquals(List.of(), ids(crosscheck, "approved"));
      assertEquals(List.of("delta:1"), ids(crosscheck, "bridge"));
      assertEquals(4, crosscheck.paragraphCount());

      IndexReport third = crosscheck.index(corpus);
      assertEquals(List.of(0, 0, 3, 0, 0, 4), counts(third));
    }
  }

  /** added, updated, unchanged, removed, paragraphs written, paragraphs in the index */
  private static List<Integer> counts(IndexReport report) {
    return List.of(report.articlesAdded(), report.articlesUpdated(), report.articlesUnchanged(), report.articlesRemoved(),
        report.paragraphsWritten(), report.paragraphsInIndex());
  }

  @Test
  void aFileThatTurnsUnreadableKeepsWhatWasIndexed() throws IOException {
    threeArticles();
    try (Crosscheck crosscheck = Crosscheck.open(indexFolder)) {
      crosscheck.index(corpus);
      // Bytes that are not UTF-8 are read with a warning now; a NUL byte still makes a file unreadable as text.
      Files.write(corpus.resolve("beta.txt"), new byte[] {'B', 'e', 't', 'a', '\n', '\n', 0, (byte) 0x28});
      IndexReport report = crosscheck.index(corpus);
      assertEquals(1, report.skipped().size());
      assertEquals("beta.txt: binary file (a NUL byte at offset 6), not a text article", report.skipped().getFirst().message());
      assertEquals(List.of("beta:1"), ids(crosscheck, "council"));
      assertEquals(0, report.articlesRemoved());
    }
  }

  @Test
  void aRunThatFailsPartWayKeepsTheLastCommit() throws IOException {
    threeArticles();
    try (Crosscheck crosscheck = Crosscheck.open(indexFolder)) {
      crosscheck.index(corpus);
      write("beta.txt", "Beta title\n\nThe council rejected the budget.\n");
      Files.delete(corpus.resolve("gamma.txt"));
      IndexListener failing = progress -> {
        if (progress.articlesRead() == 2) {
          throw new IllegalStateException("listener gave up");
        }
      };
      assertThrows(IllegalStateException.class, () -> crosscheck.index(corpus, failing));
    }
    try (Crosscheck reopened = Crosscheck.open(indexFolder)) {
      assertEquals(List.of("beta:1"), ids(reopened, "approved"));
      assertEquals(List.of("gamma:1"), ids(reopened, "comet"));
      assertEquals(4, reopened.paragraphCount());
    }
  }

  @Test
  void aSecondWriterIsToldTheIndexIsLocked() throws Exception {
    threeArticles();
    try (Crosscheck first = Crosscheck.open(indexFolder); Crosscheck second = Crosscheck.open(indexFolder)) {
      first.index(corpus);
      java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
      Thread indexing = new Thread(() -> first.index(corpus, progress -> {
        writing.countDown();
        await(release);
      }));
      indexing.start();
      assertTrue(writing.await(30, java.util.concurrent.TimeUnit.SECONDS));
      IndexLockedException locked = assertThrows(IndexLockedException.class, () -> second.index(corpus));
      assertEquals("the index at " + indexFolder.toAbsolutePath().normalize()
          + " is locked by another process that is writing to it; try again when it has finished", locked.getMessage());
      assertEquals(List.of("beta:1"), ids(second, "council"), "a search during indexing sees the last commit");
      release.countDown();
      indexing.join(30_000);
    }
  }

  private static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void progressEndsWithTheWholeCorpusRead() throws IOException {
    threeArticles();
    long bytes = Files.size(corpus.resolve("alpha.txt")) + Files.size(corpus.resolve("beta.txt")) + Files.size(corpus.resolve("gamma.txt"));
    List<IndexProgress> seen = new ArrayList<>();
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      crosscheck.index(corpus, seen::add);
    }
    assertEquals(4, seen.size(), "once at the start, then once per article");
    assertEquals(0, seen.getFirst().articlesRead());
    IndexProgress last = seen.getLast();
    assertEquals(List.of(3, 4, 0), List.of(last.articlesRead(), last.paragraphsWritten(), last.skipped()));
    assertEquals(bytes, last.bytesRead());
    assertEquals(bytes, last.bytesTotal());
    assertEquals(1.0, last.fraction());
  }

  @Test
  void folderNamesAreOutletsUnlessTheRuleSaysOtherwise() throws IOException {
    write("Daily Planet/a.txt", "A title\n\nSuperman saved the train.\n");
    write("b.txt", "B title\n\nNobody saved the train.\n");
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      crosscheck.index(corpus);
      assertEquals(List.of("Daily Planet", "unknown"), crosscheck.outlets());
      IndexReport report = crosscheck.index(corpus, OutletRule.fixed("BBC"), IndexListener.NONE);
      assertEquals(2, report.articlesUpdated(), "a new outlet changes the fingerprint");
      assertEquals(List.of("BBC"), crosscheck.outlets());
      crosscheck.index(corpus, OutletRule.of(OutletRule.Source.NONE), IndexListener.NONE);
      assertEquals(List.of("unknown"), crosscheck.outlets());
    }
  }

  @Test
  void theSeedArticlesIndexAsExpected() {
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      IndexReport report = crosscheck.index(Path.of(System.getProperty("crosscheck.seeds")));
      assertEquals(List.of(5, 0, 0, 0, 89, 89), counts(report));
      assertEquals(12, report.boilerplateWritten());
      assertEquals(List.of("FRN", "Military Times", "The Media Line", "Yahoo News", "unknown"), crosscheck.outlets());
    }
  }
}
