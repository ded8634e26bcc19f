package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoDeletionPolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.crosscheck.Crosscheck;
import org.crosscheck.EntitiesNotIndexedException;
import org.crosscheck.TestCorpora;
import org.crosscheck.entities.EntityListOptions;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.ingest.OutletRule;
import org.crosscheck.search.SearchHit;
import org.crosscheck.search.SearchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexing with entity extraction off: the text searches answer as with it, and whatever needs the
 * entity fields says the index has none instead of finding nothing.
 */
class IndexingWithoutEntitiesTest {
  private static final IndexingOptions WITHOUT = IndexingOptions.defaults().withEntities(false);
  private static final IndexingOptions WITH = IndexingOptions.defaults();
  private static final String NONE = " needs the entity fields, but this index was built without entity extraction (as with"
      + " crosscheck index --no-entities); index the corpus again with it on, the default";

  @TempDir Path folder;

  private static IndexReport index(Crosscheck crosscheck, Path corpus, IndexingOptions options) {
    return crosscheck.index(corpus, OutletRule.manifestThenFolder(), options, IndexListener.NONE);
  }

  private static List<String> hits(Crosscheck crosscheck, String query) {
    return crosscheck.search(query, SearchOptions.defaults().withLimit(100)).hits().stream().map(SearchHit::toString).toList();
  }

  private static String recordedMode(Crosscheck crosscheck) {
    return crosscheck.withSearcher(s -> ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData().get(Schema.COMMIT_ENTITIES));
  }

  private static String refusal(Crosscheck crosscheck, String query, SearchOptions options) {
    return assertThrows(EntitiesNotIndexedException.class, () -> crosscheck.search(query, options)).getMessage();
  }

  @Test
  void textSearchesFindTheSameWithoutEntities() {
    try (Crosscheck with = Crosscheck.inMemory(); Crosscheck without = Crosscheck.inMemory()) {
      index(with, TestCorpora.seeds(), WITH);
      IndexReport report = index(without, TestCorpora.seeds(), WITHOUT);
      assertEquals(List.of(5, 89, 12), List.of(report.articlesAdded(), report.paragraphsWritten(), report.boilerplateWritten()));
      for (String query : List.of("\"honest mistake\"", "troops", "title:iraq", "exact:\"the letter\"", "withdraw AND NOT iraq")) {
        List<String> expected = hits(with, query);
        assertFalse(expected.isEmpty() && !query.contains("NOT"), query + " finds something in the seeds");
        assertEquals(expected, hits(without, query), query);
      }
      assertEquals("off", recordedMode(without));
      assertEquals("on", recordedMode(with));
    }
  }

  @Test
  void everythingThatNeedsEntitiesSaysTheIndexHasNone() {
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      index(crosscheck, TestCorpora.seeds(), WITHOUT);
      SearchOptions plain = SearchOptions.defaults();
      assertEquals("the query field 'person:'" + NONE, refusal(crosscheck, "person:Esper", plain));
      assertEquals("the query field 'quote:'" + NONE, refusal(crosscheck, "quote:\"honest mistake\"", plain));
      assertEquals("the query field 'number:'" + NONE, refusal(crosscheck, "number:[1000 TO 10000]", plain));
      assertEquals("the query field 'when:'" + NONE, refusal(crosscheck, "troops AND when:monday", plain));
      // Under NOT too: it would otherwise keep every paragraph and look like an answer.
      assertEquals("the query field 'person:'" + NONE, refusal(crosscheck, "troops NOT person:esper", plain));
      assertEquals("the query field 'org:'" + NONE, refusal(crosscheck, "org:isis*", plain));
      assertEquals("the person filter" + NONE, refusal(crosscheck, "troops", plain.withPeople(Set.of("Esper"))));
      assertEquals("the place filter" + NONE, refusal(crosscheck, "troops", plain.withPlaces(Set.of("Iraq"))));
      assertEquals("counting by person, organisation and place (facets)" + NONE,
          assertThrows(EntitiesNotIndexedException.class, () -> crosscheck.facets("troops", plain, 5)).getMessage());
      assertEquals("the list of entities" + NONE,
          assertThrows(EntitiesNotIndexedException.class, () -> crosscheck.entities(EntityListOptions.defaults())).getMessage());
      assertFalse(hits(crosscheck, "troops").isEmpty(), "the text is searched as usual");
    }
  }

  @Test
  void turningEntitiesOnAgainReindexesEveryArticle() {
    Path index = folder.resolve("index");
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      index(crosscheck, TestCorpora.seeds(), WITHOUT);
      assertEquals(5, index(crosscheck, TestCorpora.seeds(), WITHOUT).articlesUnchanged());
      IndexReport on = index(crosscheck, TestCorpora.seeds(), WITH);
      assertEquals(List.of(0, 5, 0), List.of(on.articlesAdded(), on.articlesUpdated(), on.articlesUnchanged()));
      assertEquals("on", recordedMode(crosscheck));
      assertFalse(hits(crosscheck, "person:Esper").isEmpty());
    }
    try (Crosscheck reopened = Crosscheck.open(index)) {
      assertFalse(reopened.entities(EntityListOptions.defaults()).isEmpty(), "a later open reads the choice from the commit");
      assertEquals(5, index(reopened, TestCorpora.seeds(), WITH).articlesUnchanged());
    }
  }

  @Test
  void anArticleKeptFromAnEarlierRunWithEntitiesMakesTheIndexPartly() throws Exception {
    Path corpus = folder.resolve("corpus");
    TestCorpora.write(corpus, "a.txt", "A\n\nMayor Anna Berg said the harbour would reopen.");
    TestCorpora.write(corpus, "b.txt", "B\n\nThe ferry from Oslo sailed on Monday.");
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      index(crosscheck, corpus, WITH);
      TestCorpora.writeBytes(corpus, "b.txt", new byte[] {'B', 0, 'C'}); // unreadable now: what b held stays, with its entities
      IndexReport off = index(crosscheck, corpus, WITHOUT);
      assertEquals(List.of(1, 1), List.of(off.articlesUpdated(), off.skipped().size()));
      assertEquals("mixed", recordedMode(crosscheck));
      assertEquals("the query field 'place:' needs the entity fields, but only some articles of this index have them (a run"
          + " that turned entity extraction on or off did not finish, or kept articles whose file it could not read again);"
          + " index the corpus again", refusal(crosscheck, "place:oslo", SearchOptions.defaults()));
      TestCorpora.write(corpus, "b.txt", "B\n\nThe ferry from Oslo sailed on Monday.");
      index(crosscheck, corpus, WITHOUT);
      assertEquals("off", recordedMode(crosscheck));
    }
  }

  @Test
  void commitsMadeWhileTheChoiceChangesSayTheIndexIsPartlyDone() throws Exception {
    Path corpus = folder.resolve("corpus");
    for (int i = 0; i < 7; i++) {
      TestCorpora.write(corpus, "a" + i + ".txt", "A" + i + "\n\nMayor Anna Berg said the harbour would reopen.");
    }
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      // As the facade does: no commit on close, where a merge that finished late would add one.
      IndexWriterConfig config = new IndexWriterConfig(TextAnalyzers.perField())
          .setIndexDeletionPolicy(NoDeletionPolicy.INSTANCE).setCommitOnClose(false);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        CorpusIndexer.sync(writer, CorpusReader.open(corpus), IndexListener.NONE, WITH.withCommits(CommitSchedule.AT_END));
        writer.commit();
        CorpusIndexer.sync(writer, CorpusReader.open(corpus), IndexListener.NONE,
            WITHOUT.withCommits(new CommitSchedule(3, Duration.ofDays(1))));
        writer.commit();
      }
      List<String> modes = DirectoryReader.listCommits(directory).stream()
          .map(commit -> uncheckedUserData(commit).get(Schema.COMMIT_ENTITIES)).toList();
      assertEquals(List.of("on", "mixed", "mixed", "off"), modes, "the first run, two commits along the way of the second, its end");
    }
  }

  private static Map<String, String> uncheckedUserData(IndexCommit commit) {
    try {
      return commit.getUserData();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anIndexFromBeforeTheChoiceHasEntities() throws Exception {
    Path corpus = folder.resolve("corpus");
    Path index = folder.resolve("index");
    TestCorpora.write(corpus, "a.txt", "A\n\nMayor Anna Berg said the harbour would reopen.");
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      index(crosscheck, corpus, WITH);
    }
    // The commit data an index written before the choice existed has: everything but the entity mode.
    try (FSDirectory directory = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalyzers.perField()))) {
      Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
      data.remove(Schema.COMMIT_ENTITIES);
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      assertEquals(null, recordedMode(crosscheck));
      assertEquals(List.of("a:1"), crosscheck.search("person:berg").hits().stream().map(SearchHit::id).toList());
      assertEquals(1, index(crosscheck, corpus, WITH).articlesUnchanged(), "its fingerprints are those of a run with entities");
    }
    assertEquals(EntityMode.MIXED, EntityMode.fromLabel("written by a newer crosscheck"));
  }
}
