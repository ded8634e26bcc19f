package org.crosscheck.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.crosscheck.Crosscheck;
import org.crosscheck.TestCorpora;
import org.crosscheck.index.IndexReport;
import org.crosscheck.index.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} an indexing process part-way, then reopen: the index is its last commit (whole
 * articles only), and a re-run completes it with no paragraph lost or twice.
 */
class CrashSafetyTest {
  /** Enough articles that the run goes on well past its first commit along the way. */
  private static final int ARTICLES = 3 * IndexingChild.COMMIT_EVERY;
  private static final int PARAGRAPHS_PER_ARTICLE = 3;

  @TempDir Path folder;

  @Test
  void aKilledIndexingRunLeavesItsLastCommitAndARerunCompletesIt() throws Exception {
    Path corpus = folder.resolve("corpus");
    for (int i = 0; i < ARTICLES; i++) {
      TestCorpora.write(corpus, String.format("%02d/a%05d.txt", i % 50, i),
          "Article " + i + "\n\nFirst paragraph of article " + i + ".\n\nSecond one, on the harbour.\n\nThird and last.\n");
    }
    Path index = folder.resolve("index");
    Path log = folder.resolve("child.log");
    Process child = ChildJvm.start(IndexingChild.class, List.of("-Xmx256m"), List.of(index.toString(), corpus.toString()), log);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!hasCommit(index)) {
      if (!child.isAlive()) {
        fail("the indexing process ended before its first commit: " + Files.readString(log));
      }
      if (System.nanoTime() > deadline) {
        child.destroyForcibly();
        fail("no commit within two minutes: " + Files.readString(log));
      }
      Thread.sleep(2);
    }
    assertTrue(child.isAlive(), "the indexing process finished before it could be killed: " + Files.readString(log));
    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally, no close
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    assertEquals(137, child.exitValue(), "killed by SIGKILL");

    Map<String, List<Integer>> afterCrash;
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      afterCrash = paragraphsByArticle(crosscheck);
      int committed = afterCrash.size();
      assertTrue(committed >= IndexingChild.COMMIT_EVERY - 1 && committed < ARTICLES,
          committed + " articles in the last commit");
      assertWholeArticlesOnly(afterCrash);
      assertEquals(committed * PARAGRAPHS_PER_ARTICLE, crosscheck.paragraphCount());
      System.out.println("crash safety: killed with " + committed + " of " + ARTICLES + " articles committed");

      IndexReport rerun = crosscheck.index(corpus);
      assertEquals(committed, rerun.articlesUnchanged(), "what the last commit held is not redone");
      assertEquals(ARTICLES - committed, rerun.articlesAdded());
      Map<String, List<Integer>> complete = paragraphsByArticle(crosscheck);
      assertEquals(ARTICLES, complete.size());
      assertWholeArticlesOnly(complete);
      assertEquals(ARTICLES * PARAGRAPHS_PER_ARTICLE, crosscheck.paragraphCount());
      Set<String> expected = new HashSet<>();
      for (int i = 0; i < ARTICLES; i++) {
        expected.add(String.format("%02d/a%05d", i % 50, i));
      }
      assertEquals(expected, complete.keySet());
    }
  }

  private static boolean hasCommit(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (Stream<Path> files = Files.list(index)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
    }
  }

  private static void assertWholeArticlesOnly(Map<String, List<Integer>> paragraphs) {
    List<Integer> whole = new ArrayList<>();
    for (int n = 1; n <= PARAGRAPHS_PER_ARTICLE; n++) {
      whole.add(n);
    }
    paragraphs.forEach((article, numbers) -> assertEquals(whole, numbers, article + " is whole, each paragraph once"));
  }

  /** Every live paragraph's number, by article, sorted; a duplicate paragraph would show twice. */
  private static Map<String, List<Integer>> paragraphsByArticle(Crosscheck crosscheck) {
    return crosscheck.withSearcher(searcher -> {
      Map<String, List<Integer>> byArticle = new TreeMap<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        SortedDocValues ids = leaf.reader().getSortedDocValues(Schema.ID);
        var live = leaf.reader().getLiveDocs();
        for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
          int colon = id.lastIndexOf(':');
          byArticle.computeIfAbsent(id.substring(0, colon), k -> new ArrayList<>()).add(Integer.parseInt(id.substring(colon + 1)));
        }
      }
      byArticle.values().forEach(list -> list.sort(null));
      return byArticle;
    });
  }
}
