package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.crosscheck.Crosscheck;
import org.crosscheck.ingest.OutletRule;
import org.crosscheck.search.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWatcherTest {
  /** Generous: the file system and a shared machine decide; the test only fails if nothing comes. */
  private static final long WAIT_SECONDS = 30;

  @TempDir Path corpus;
  @TempDir Path indexFolder;

  @Test
  void watchingIndexesFilesAsTheyArriveChangeAndGo() throws Exception {
    Files.writeString(corpus.resolve("a.txt"), "A title\n\nThe ferry left at dawn.\n");
    BlockingQueue<IndexReport> runs = new LinkedBlockingQueue<>();
    IndexListener listener = new IndexListener() {
      @Override
      public void progress(IndexProgress progress) {}

      @Override
      public void finished(IndexReport report) {
        runs.add(report);
      }
    };
    try (Crosscheck crosscheck = Crosscheck.open(indexFolder);
        CorpusWatcher watcher = crosscheck.watch(corpus, OutletRule.manifestThenFolder(), listener, Duration.ofMillis(200))) {
      IndexReport first = next(runs);
      assertEquals(1, first.articlesAdded());

      Files.createDirectories(corpus.resolve("Harbour News"));
      Files.writeString(corpus.resolve("Harbour News/b.txt"), "B title\n\nThe ferry came back at noon.\n");
      IndexReport second = nextWith(runs, r -> r.articlesAdded() == 1);
      assertEquals(1, second.articlesUnchanged());
      assertEquals(List.of("Harbour News/b:1", "a:1"), ids(crosscheck, "ferry"));
      assertEquals(List.of("Harbour News", "unknown"), crosscheck.outlets());

      Files.delete(corpus.resolve("a.txt"));
      nextWith(runs, r -> r.articlesRemoved() == 1);
      assertEquals(List.of("Harbour News/b:1"), ids(crosscheck, "ferry"));
    }
  }

  private static List<String> ids(Crosscheck crosscheck, String query) {
    return crosscheck.search(query).hits().stream().map(SearchHit::id).sorted().toList();
  }

  private static IndexReport next(BlockingQueue<IndexReport> runs) throws InterruptedException {
    IndexReport report = runs.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertNotNull(report, "no indexing run within " + WAIT_SECONDS + " s");
    return report;
  }

  /** Events can split into two runs; waits for the run that saw the change. */
  private static IndexReport nextWith(BlockingQueue<IndexReport> runs, java.util.function.Predicate<IndexReport> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (System.nanoTime() < deadline) {
      IndexReport report = runs.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (report != null && wanted.test(report)) {
        return report;
      }
    }
    throw new AssertionError("the change was not indexed within " + WAIT_SECONDS + " s");
  }
}
