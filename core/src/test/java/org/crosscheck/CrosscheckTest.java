package org.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.index.IndexedParagraph;
import org.crosscheck.search.SearchHit;
import org.crosscheck.search.SearchResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: opening, persistence, locking, concurrent use, and the seed corpus end to end. */
class CrosscheckTest {
  @TempDir Path folder;

  @Test
  void honestMistakeOnTheSeedsComesFromTheFourOutletsThatCarryIt() {
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      crosscheck.index(TestCorpora.seeds());
      SearchResults results = crosscheck.search("\"honest mistake\"");
      Set<String> outlets = new TreeSet<>();
      for (SearchHit hit : results.hits()) {
        outlets.add(hit.outlet());
        assertTrue(hit.marked("[[", "]]").contains("[[honest mistake]]"), hit.id());
      }
      assertEquals(Set.of("FRN", "Military Times", "The Media Line", "Yahoo News"), outlets);
      assertEquals(List.of("001_ae67bbf54034e372:10", "000_0db9211732ea5d3d:9", "004_cb1a41b3aa05e9b8:12",
          "004_cb1a41b3aa05e9b8:8", "003_e91974fb60900235:5"), results.hits().stream().map(SearchHit::id).toList());
    }
  }

  @Test
  void anIndexOnDiskIsThereAfterReopening() {
    Path index = folder.resolve("index");
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      crosscheck.index(TestCorpora.seeds());
    }
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      assertEquals(89, crosscheck.paragraphCount());
      assertEquals(TestCorpora.seeds().toAbsolutePath().normalize(), crosscheck.corpus().orElseThrow());
      IndexedParagraph paragraph = crosscheck.paragraph("001_ae67bbf54034e372:14").orElseThrow();
      assertEquals("Read more from Yahoo News:", paragraph.paragraph().text());
      assertEquals("Yahoo News", paragraph.outlet());
      assertTrue(crosscheck.paragraph("001_ae67bbf54034e372:99").isEmpty());
    }
  }

  @Test
  void searchingAFolderWithoutAnIndexSaysHowToBuildOneAndCreatesNothing() {
    Path index = folder.resolve("nothing-here");
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      IndexNotFoundException e = assertThrows(IndexNotFoundException.class, () -> crosscheck.search("x"));
      assertEquals("no index at " + index + "; build one with: crosscheck index CORPUS_DIR --index " + index, e.getMessage());
    }
    assertFalse(Files.exists(index));
  }

  @Test
  void aReaderSeesTheNextCommitOfAnotherInstanceOnItsFirstSearchAfterIt() {
    Path index = folder.resolve("index");
    Path corpus = folder.resolve("corpus");
    TestCorpora.write(corpus, "a.txt", "A\n\nAlpha report.");
    try (Crosscheck writer = Crosscheck.open(index); Crosscheck reader = Crosscheck.open(index)) {
      writer.index(corpus);
      assertEquals(List.of("a:1"), reader.search("report").hits().stream().map(SearchHit::id).toList());
      TestCorpora.write(corpus, "b.txt", "B\n\nBeta report.");
      writer.index(corpus);
      assertEquals(List.of("a:1", "b:1"), reader.search("report").hits().stream().map(SearchHit::id).sorted().toList());
      assertEquals(2, reader.paragraphCount());
    }
  }

  @Test
  void aSecondWriterOnTheSameFolderIsToldItIsLocked() throws Exception {
    Path index = folder.resolve("index");
    Path corpus = folder.resolve("corpus");
    TestCorpora.write(corpus, "a.txt", "A\n\nAlpha.");
    try (Crosscheck first = Crosscheck.open(index); Crosscheck second = Crosscheck.open(index)) {
      first.index(corpus);
      // Hold the first writer's lock the way a long indexing run does, and try to write meanwhile.
      try (var dir = org.apache.lucene.store.FSDirectory.open(index);
          var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
        IndexLockedException e = assertThrows(IndexLockedException.class, () -> second.index(corpus));
        assertEquals("the index at " + index + " is locked by another process that is writing to it; try again when it has finished",
            e.getMessage());
        assertEquals(1, second.search("alpha").totalHits(), "searching goes on while another writer holds the lock");
      }
    }
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsRefusedForSearchAndRebuiltByIndex() throws Exception {
    Path index = folder.resolve("index");
    Path corpus = folder.resolve("corpus");
    TestCorpora.write(corpus, "a.txt", "A\n\nAlpha.");
    try (var dir = org.apache.lucene.store.FSDirectory.open(index);
        var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
      writer.setLiveCommitData(java.util.Map.of("crosscheck.schema", "0").entrySet());
      writer.commit();
    }
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class, () -> crosscheck.search("alpha"));
      assertTrue(e.getMessage().startsWith("the index at " + index + " has schema version 0 but this crosscheck reads version"));
    }
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      crosscheck.index(corpus);
      assertEquals(1, crosscheck.search("alpha").totalHits());
    }
  }

  @Test
  void manyThreadsSearchWhileTheIndexIsUpdated() throws Exception {
    Path corpus = folder.resolve("corpus");
    TestCorpora.write(corpus, "a.txt", "A\n\nAlpha beta.\n\nAlpha gamma.");
    try (Crosscheck crosscheck = Crosscheck.open(folder.resolve("index"))) {
      crosscheck.index(corpus);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Long>> searches = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          searches.add(pool.submit(() -> {
            long seen = 0;
            for (int i = 0; i < 200; i++) {
              long total = crosscheck.search("alpha").totalHits();
              assertTrue(total == 2 || total == 3, "a result of some commit, got " + total);
              seen += total;
            }
            return seen;
          }));
        }
        TestCorpora.write(corpus, "b.txt", "B\n\nAlpha delta.");
        crosscheck.index(corpus);
        for (Future<Long> search : searches) {
          assertTrue(search.get() > 0);
        }
        assertEquals(3, crosscheck.search("alpha").totalHits());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void anIndexRemembersWhichIngestionCodeWroteIt() throws Exception {
    Path index = folder.resolve("index");
    Path corpus = folder.resolve("corpus");
    TestCorpora.write(corpus, "a.txt", "A\n\nAlpha.");
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      assertFalse(crosscheck.isIndexedByThisVersion());
      crosscheck.index(corpus);
      assertTrue(crosscheck.isIndexedByThisVersion());
    }
    // An index committed by other rules: same schema, another ingestion digest.
    try (var dir = org.apache.lucene.store.FSDirectory.open(index);
        var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
      java.util.Map<String, String> data = new java.util.HashMap<>();
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.put(org.crosscheck.index.Schema.COMMIT_INGESTION_CODE, "older-rules");
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      assertFalse(crosscheck.isIndexedByThisVersion());
      assertEquals(1, crosscheck.search("alpha").totalHits(), "an index of older rules still answers");
    }
  }

  @Test
  void aClosedInstanceRefusesWork() {
    Crosscheck crosscheck = Crosscheck.inMemory();
    crosscheck.close();
    crosscheck.close();
    assertEquals("this Crosscheck is closed", assertThrows(IllegalStateException.class, () -> crosscheck.search("x")).getMessage());
  }

  @Test
  void indexingAMissingFolderIsACorpusError() {
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      CorpusException e = assertThrows(CorpusException.class, () -> crosscheck.index(folder.resolve("missing")));
      assertEquals(folder.resolve("missing") + ": no such folder", e.getMessage());
    }
  }
}
