package org.crosscheck.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.crosscheck.index.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The collector must give what Lucene's sort by score then id gives, hit for hit and score for
 * score, on an index made to be hard for it: thousands of documents of a few words each (so scores
 * tie in large groups), ids in an order unlike doc order, many segments, searched in one slice and
 * in one slice per segment (several collectors to merge), with pages from one hit to past the
 * thousand hits after which scorers may skip documents.
 */
class TopHitsByScoreThenIdTest {
  private static final Sort BY_SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE, new SortField(Schema.ID, SortField.Type.STRING));
  private static final String[] WORDS = {"oil", "oil", "oil", "gas", "gas", "price", "rise", "fall", "deal", "bank"};

  private static ByteBuffersDirectory directory;
  private static DirectoryReader reader;
  /** Ids in writing order, as a corpus indexed folder by folder has them, except in two late segments. */
  private static ByteBuffersDirectory inWritingOrderDirectory;
  private static DirectoryReader inWritingOrder;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    Random random = new Random(7);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(700).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i : order) {
        Document doc = new Document();
        // Two documents have no id, which the sort puts first.
        if (i != 17 && i != 4_242) {
          String id = String.format("p%05d", i);
          doc.add(new StringField(Schema.ID, id, Field.Store.NO));
          doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));
        }
        StringBuilder text = new StringBuilder();
        for (int w = random.nextInt(4); w >= 0; w--) {
          text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        doc.add(new TextField("text", text.toString(), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
    inWritingOrderDirectory = new ByteBuffersDirectory();
    // Copies of a few texts, as a corpus holding the same wire story many times has: large ties.
    List<String> texts = new ArrayList<>();
    for (int t = 0; t < 30; t++) {
      StringBuilder text = new StringBuilder();
      for (int w = random.nextInt(4); w >= 0; w--) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      texts.add(text.toString());
    }
    try (IndexWriter writer = new IndexWriter(inWritingOrderDirectory,
        new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(700).setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < 8_000; i++) {
        // Two runs of ids that sort before all others, in two late segments: ties there can win.
        boolean early = (i >= 4_200 && i < 4_260) || (i >= 7_100 && i < 7_130);
        String id = String.format(early ? "a%05d" : "p%05d", i);
        Document doc = new Document();
        doc.add(new StringField(Schema.ID, id, Field.Store.NO));
        doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));
        doc.add(new TextField("text", texts.get(random.nextInt(texts.size())), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    inWritingOrder = DirectoryReader.open(inWritingOrderDirectory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
    inWritingOrder.close();
    inWritingOrderDirectory.close();
  }

  private static Query term(String word) {
    return new TermQuery(new Term("text", word));
  }

  @Test
  void givesWhatLucenesSortByScoreThenIdGives() throws IOException {
    assertTrue(reader.leaves().size() >= 8, reader.leaves().size() + " segments");
    IndexSearcher oneSlice = new IndexSearcher(reader);
    // With an executor (here one that runs each slice in turn) a searcher searches slices apart.
    IndexSearcher slicePerSegment = new IndexSearcher(reader, Runnable::run) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return slices(leaves, 1, 1, false);
      }
    };
    assertEquals(1, oneSlice.getSlices().length);
    assertEquals(reader.leaves().size(), slicePerSegment.getSlices().length);
    List<Query> queries = List.of(
        term("oil"),
        term("bank"),
        new BooleanQuery.Builder().add(term("gas"), BooleanClause.Occur.SHOULD).add(term("price"), BooleanClause.Occur.SHOULD).build(),
        new BooleanQuery.Builder().add(term("oil"), BooleanClause.Occur.MUST).add(term("rise"), BooleanClause.Occur.SHOULD).build(),
        new BooleanQuery.Builder().add(term("oil"), BooleanClause.Occur.MUST).add(term("gas"), BooleanClause.Occur.MUST_NOT).build(),
        new ConstantScoreQuery(term("deal")),
        new BoostQuery(term("fall"), 0f),
        new MatchAllDocsQuery());
    for (IndexSearcher searcher : List.of(oneSlice, slicePerSegment)) {
      for (Query query : queries) {
        for (int wanted : new int[] {1, 2, 3, 7, 10, 25, 200, 999, 1_500, 7_000}) {
          assertSameHits(searcher, query, wanted);
        }
      }
    }
  }

  @Test
  void skipsTiesOnlyInSegmentsWhereTheyLoseOnId() throws IOException {
    assertTrue(inWritingOrder.leaves().size() >= 10, inWritingOrder.leaves().size() + " segments");
    IndexSearcher oneSlice = new IndexSearcher(inWritingOrder);
    IndexSearcher slicePerTwoSegments = new IndexSearcher(inWritingOrder, Runnable::run) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return slices(leaves, 1, 2, false);
      }
    };
    List<Query> queries = List.of(
        term("oil"),
        term("gas"),
        new BooleanQuery.Builder().add(term("gas"), BooleanClause.Occur.SHOULD).add(term("price"), BooleanClause.Occur.SHOULD).build(),
        new ConstantScoreQuery(term("oil")),
        new MatchAllDocsQuery());
    int segmentsSkippingTies = 0;
    for (IndexSearcher searcher : List.of(oneSlice, slicePerTwoSegments)) {
      for (Query query : queries) {
        for (int wanted : new int[] {1, 10, 25, 100, 999, 1_500}) {
          String what = query + ", " + wanted + " wanted, " + searcher.getSlices().length + " slices";
          List<TopHitsByScoreThenId.Candidates> collectors = new ArrayList<>();
          TopHitsByScoreThenId manager = new TopHitsByScoreThenId(wanted, inWritingOrder);
          TopDocs ours = searcher.search(query, new CollectorManager<TopHitsByScoreThenId.Candidates, TopDocs>() {
            @Override
            public TopHitsByScoreThenId.Candidates newCollector() {
              TopHitsByScoreThenId.Candidates collector = manager.newCollector();
              collectors.add(collector);
              return collector;
            }

            @Override
            public TopDocs reduce(Collection<TopHitsByScoreThenId.Candidates> all) throws IOException {
              return manager.reduce(all);
            }
          });
          assertEquals(hits(searcher.search(query, wanted, BY_SCORE_THEN_ID, false)), hits(ours), what);
          for (TopHitsByScoreThenId.Candidates collector : collectors) {
            segmentsSkippingTies += collector.segmentsWhereTiesLose();
          }
        }
      }
    }
    // Not a vacuous check: most segments come after the page's ties.
    assertTrue(segmentsSkippingTies >= 100, segmentsSkippingTies + " segments skipped ties");
  }

  @Test
  void leavingDocumentsOutGivesWhatExcludingThemInTheQueryGives() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    // Left out: the documents that say "bank", read per segment from the postings, as BoilerplateDocs reads boilerplate.
    TopHitsByScoreThenId.LeftOut banks = segment -> {
      FixedBitSet bits = new FixedBitSet(segment.reader().maxDoc());
      PostingsEnum docs = segment.reader().postings(new Term("text", "bank"), PostingsEnum.NONE);
      if (docs != null) {
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          bits.set(doc);
        }
      }
      return bits;
    };
    for (Query query : List.of(term("oil"), term("bank"), new MatchAllDocsQuery(),
        new BooleanQuery.Builder().add(term("gas"), BooleanClause.Occur.SHOULD).add(term("price"), BooleanClause.Occur.SHOULD).build())) {
      Query withoutBanks = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(term("bank"), BooleanClause.Occur.MUST_NOT).build();
      for (int wanted : new int[] {1, 10, 999, 7_000}) {
        String what = query + " without banks, " + wanted + " wanted";
        TopDocs ours = searcher.search(query, new TopHitsByScoreThenId(wanted, reader, banks));
        assertEquals(hits(searcher.search(withoutBanks, wanted, BY_SCORE_THEN_ID, false)), hits(ours), what);
        int count = searcher.count(withoutBanks);
        if (ours.totalHits.relation() == TotalHits.Relation.EQUAL_TO) {
          assertEquals(count, ours.totalHits.value(), what);
        } else {
          assertTrue(count > SearchOptions.EXACT_COUNT && ours.totalHits.value() <= count, what);
        }
      }
    }
  }

  private static void assertSameHits(IndexSearcher searcher, Query query, int wanted) throws IOException {
    String what = query + ", " + wanted + " wanted, " + searcher.getSlices().length + " slices";
    TopDocs sorted = searcher.search(query, wanted, BY_SCORE_THEN_ID, false);
    TopDocs ours = searcher.search(query, new TopHitsByScoreThenId(wanted, reader));
    assertEquals(hits(sorted), hits(ours), what);
    int count = searcher.count(query);
    if (ours.totalHits.relation() == TotalHits.Relation.EQUAL_TO) {
      assertEquals(count, ours.totalHits.value(), what);
    } else {
      assertTrue(count > SearchOptions.EXACT_COUNT && ours.totalHits.value() <= count, what);
    }
    if (count <= SearchOptions.EXACT_COUNT) {
      assertEquals(TotalHits.Relation.EQUAL_TO, ours.totalHits.relation(), what);
    }
  }

  /** Each hit as its doc id and the bits of its score. */
  private static List<String> hits(TopDocs top) {
    List<String> hits = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      float score = hit instanceof FieldDoc field ? (Float) field.fields[0] : hit.score;
      hits.add(hit.doc + "@" + Integer.toHexString(Float.floatToIntBits(score)));
    }
    return hits;
  }
}
