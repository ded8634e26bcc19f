package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The end-of-run merge takes the small segments, and only those, into one; the documents stay. */
class SmallSegmentsMergeTest {
  @Test
  void mergesTheSmallSegmentsIntoOneAndLeavesTheBigOnes() throws IOException {
    assertEquals(List.of(3_000, 2_000, 350), segmentsAfterMerge(3_000, 2_000, 100, 50, 100, 40, 60));
  }

  @Test
  void mergesOnceEvenWhenTheMergedTailOutgrowsTheBigSegments() throws IOException {
    int[] sizes = new int[53];
    sizes[0] = 4_000;
    sizes[1] = 1_500;
    sizes[2] = 1_500;
    Arrays.fill(sizes, 3, sizes.length, 150);
    // Asked again, the policy would find both 1,500s small next to the 7,500 and merge them too.
    assertEquals(List.of(4_000, 1_500, 1_500, 7_500), segmentsAfterMerge(sizes));
  }

  @Test
  void leavesAnIndexWithoutATailAsItIs() throws IOException {
    assertEquals(List.of(1_000, 900, 800), segmentsAfterMerge(1_000, 900, 800));
    assertEquals(List.of(2_000, 100), segmentsAfterMerge(2_000, 100));
    assertEquals(List.of(500), segmentsAfterMerge(500));
  }

  @Test
  void keepsEveryDocumentAndItsDeletions() throws IOException {
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(SmallSegmentsMerge.around(withoutMergesOfItsOwn())))) {
      int next = write(writer, 0, 2_000);
      for (int small = 0; small < 4; small++) {
        next = write(writer, next, 100);
      }
      writer.deleteDocuments(new Term("id", "2050"), new Term("id", "2250"));
      SmallSegmentsMerge.run(writer);
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertEquals(2, reader.leaves().size());
        assertEquals(2_398, reader.numDocs());
        IndexSearcher searcher = new IndexSearcher(reader);
        assertEquals(0, searcher.count(new TermQuery(new Term("id", "2050"))));
        assertEquals(1, searcher.count(new TermQuery(new Term("id", "2051"))));
        assertEquals(2_398, searcher.count(new TermQuery(new Term("text", "paragraph"))));
      }
    }
  }

  /** Writes one segment per size, runs the merge and gives the segments' document counts, in index order. */
  private static List<Integer> segmentsAfterMerge(int... sizes) throws IOException {
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(SmallSegmentsMerge.around(withoutMergesOfItsOwn())))) {
      int next = 0;
      for (int size : sizes) {
        next = write(writer, next, size);
      }
      SmallSegmentsMerge.run(writer);
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        List<Integer> counts = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
          counts.add(leaf.reader().maxDoc());
        }
        return counts;
      }
    }
  }

  /** The usual policy, but with room for every segment of these tests, so that only the end-of-run merge merges. */
  private static TieredMergePolicy withoutMergesOfItsOwn() {
    return new TieredMergePolicy().setSegmentsPerTier(100);
  }

  /** Writes {@code count} documents as one segment of their own; returns the next id. */
  private static int write(IndexWriter writer, int first, int count) throws IOException {
    for (int id = first; id < first + count; id++) {
      Document doc = new Document();
      doc.add(new StringField("id", Integer.toString(id), Field.Store.YES));
      doc.add(new TextField("text", "paragraph " + id + " of a news article", Field.Store.YES));
      writer.addDocument(doc);
    }
    writer.flush();
    return first + count;
  }
}
