package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoDeletionPolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.crosscheck.Crosscheck;
import org.crosscheck.TestCorpora;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.ingest.OutletRule;
import org.crosscheck.search.SearchHit;
import org.crosscheck.search.SearchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles written on several threads give the index, the report, the skipped files and the
 * progress events of a one-thread run, and every commit made along the way holds exactly the
 * articles read before it.
 */
class ParallelIndexingTest {
  @TempDir Path corpus;

  /** Forty articles in two outlets, a JSON Lines file that gives one id twice, an empty file and a binary one. */
  private void mixedCorpus() {
    for (int i = 0; i < 40; i++) {
      String outlet = i % 2 == 0 ? "north" : "south";
      TestCorpora.write(corpus, String.format("%s/%02d.txt", outlet, i), "Article " + i + " on the harbour\n\n"
          + "Mayor Anna Berg said the harbour in Bergen would reopen on Monday after " + (i + 2) + " weeks.\n\n"
          + "\u201cWe are ready,\u201d Berg told reporters, adding that " + (100 * i + 5) + " ships had waited.\n\n"
          + "Read more: subscribe to our newsletter for daily email updates and sign up today.");
    }
    TestCorpora.write(corpus, "north/wire.jsonl",
        "{\"id\":\"wire-1\",\"title\":\"Wire\",\"outlet\":\"Wire\",\"text\":\"The port of Oslo said 12 ferries sailed.\"}\n"
            + "{\"id\":\"wire-1\",\"title\":\"Wire again\",\"text\":\"It takes an id already taken.\"}\n");
    TestCorpora.write(corpus, "south/empty.txt", "");
    TestCorpora.writeBytes(corpus, "south/binary.txt", new byte[] {'B', 0, 'C'});
  }

  /** What a listener heard, elapsed times left out (they are the one thing that depends on timing). */
  private static final class Heard implements IndexListener {
    final List<String> events = new ArrayList<>();

    @Override
    public void progress(IndexProgress p) {
      events.add("progress " + p.articlesRead() + " " + p.paragraphsWritten() + " " + p.skipped() + " " + p.bytesRead() + "/" + p.bytesTotal());
    }

    @Override
    public void skipped(SkippedFile file) {
      events.add("skipped " + file.message());
    }
  }

  @Test
  void fourThreadsGiveTheIndexReportAndEventsOfOne() {
    mixedCorpus();
    Heard one = new Heard();
    Heard four = new Heard();
    try (Crosscheck single = Crosscheck.inMemory(); Crosscheck parallel = Crosscheck.inMemory()) {
      IndexReport a = single.index(corpus, OutletRule.manifestThenFolder(), IndexingOptions.defaults().withThreads(1), one);
      IndexReport b = parallel.index(corpus, OutletRule.manifestThenFolder(), IndexingOptions.defaults().withThreads(4), four);
      assertEquals(withoutTime(a), withoutTime(b));
      assertEquals(List.of(41, 121, 40, 3), List.of(b.articlesAdded(), b.paragraphsWritten(), b.boilerplateWritten(), b.skipped().size()));
      assertEquals(one.events, four.events);
      assertEquals(41 + 3 + 1, four.events.stream().filter(e -> e.startsWith("progress")).count(), "one at the start, one per article or skip");
      assertEquals(storedDocuments(single), storedDocuments(parallel));
      for (String query : List.of("harbour", "\"we are ready\"", "person:berg", "quote:ready", "number:[1000 TO 2000]", "when:monday")) {
        assertEquals(hits(single, query), hits(parallel, query), query);
      }
      assertEquals(single.entities(org.crosscheck.entities.EntityListOptions.defaults()),
          parallel.entities(org.crosscheck.entities.EntityListOptions.defaults()));
    }
  }

  @Test
  void eachCommitAlongTheWayHoldsExactlyTheArticlesReadBeforeIt() throws IOException {
    for (int i = 0; i < 23; i++) {
      TestCorpora.write(corpus, String.format("%02d.txt", i), "Title " + i + "\n\nParagraph one of " + i + ".\n\nParagraph two of " + i + ".");
    }
    try (Directory directory = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(TextAnalyzers.perField())
          .setIndexDeletionPolicy(NoDeletionPolicy.INSTANCE).setCommitOnClose(false);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        IndexReport report = CorpusIndexer.sync(writer, CorpusReader.open(corpus), IndexListener.NONE,
            IndexingOptions.defaults().withThreads(3).withCommits(new CommitSchedule(5, Duration.ofDays(1))));
        writer.commit();
        assertEquals(23, report.articlesAdded());
      }
      List<Integer> articlesPerCommit = new ArrayList<>();
      for (IndexCommit commit : DirectoryReader.listCommits(directory)) {
        try (DirectoryReader reader = DirectoryReader.open(commit)) {
          Set<String> articles = new TreeSet<>();
          storedDocuments(reader).keySet().forEach(id -> articles.add(id.substring(0, id.indexOf(':'))));
          Set<String> firstOnes = new TreeSet<>();
          for (int i = 0; i < articles.size(); i++) {
            firstOnes.add(String.format("%02d", i));
          }
          assertEquals(firstOnes, articles, "a commit holds the first articles in reading order, whole");
          assertEquals(2 * articles.size(), reader.numDocs());
          assertEquals("on", commit.getUserData().get(Schema.COMMIT_ENTITIES));
          articlesPerCommit.add(articles.size());
        }
      }
      // Due at every fifth article, holding the ones before it; then the commit at the end.
      assertEquals(List.of(4, 9, 14, 19, 23), articlesPerCommit);
    }
  }

  @Test
  void aFailedWriteIsThrownAsItWasAndTheWritesAfterItAreRefused() {
    AtomicInteger written = new AtomicInteger();
    IOException disk = new IOException("disk full");
    ArticleWriters writers = ArticleWriters.start(2);
    try (writers) {
      writers.submit(() -> {
        throw disk;
      });
      writers.awaitIdle();
      assertTrue(writers.failed());
      ArticleWriters.Ended refused = writers.submit(written::incrementAndGet);
      assertTrue(refused.yes());
      IOException thrown = assertThrows(IOException.class, writers::rethrow);
      assertSame(disk, thrown);
    }
    assertEquals(0, written.get());
  }

  @Test
  void oneThreadWritesOnTheCallersThread() throws IOException {
    Thread caller = Thread.currentThread();
    List<Thread> ranOn = new ArrayList<>();
    try (ArticleWriters writers = ArticleWriters.start(1)) {
      ArticleWriters.Ended ended = writers.submit(() -> ranOn.add(Thread.currentThread()));
      assertTrue(ended.yes(), "done before submit returns");
      writers.rethrow();
    }
    assertEquals(List.of(caller), ranOn);
    assertFalse(ranOn.isEmpty());
  }

  @Test
  void theThreadCountIsChecked() {
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> IndexingOptions.defaults().withThreads(0));
    assertEquals("the parameter 'threads' must be between 1 and 64, got 0", none.getMessage());
    assertEquals(Math.min(64, Runtime.getRuntime().availableProcessors()), IndexingOptions.defaults().threads());
    assertTrue(IndexingOptions.defaults().entities());
  }

  private static List<Object> withoutTime(IndexReport r) {
    return List.of(r.corpus(), r.articlesAdded(), r.articlesUpdated(), r.articlesUnchanged(), r.articlesRemoved(),
        r.paragraphsWritten(), r.boilerplateWritten(), r.paragraphsInIndex(), r.skipped(), r.warnings());
  }

  private static List<String> hits(Crosscheck crosscheck, String query) {
    return crosscheck.search(query, SearchOptions.defaults().withLimit(100).withBoilerplate(true)).hits().stream()
        .map(SearchHit::toString).toList();
  }

  /** Every live document's stored fields by paragraph id. */
  private static TreeMap<String, String> storedDocuments(Crosscheck crosscheck) {
    return crosscheck.withSearcher(searcher -> storedDocuments(searcher.getIndexReader()));
  }

  private static TreeMap<String, String> storedDocuments(org.apache.lucene.index.IndexReader reader) throws IOException {
    TreeMap<String, String> documents = new TreeMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          Document document = stored.document(doc);
          documents.put(document.get(Schema.ID), document.getFields().toString());
        }
      }
    }
    return documents;
  }
}
