package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/** A stemmed query keeps the terms the index holds, and finds and scores what it found before. */
class PresentTermsQueryTest {
  private static final List<String> PARAGRAPHS = List.of("He said so.", "Troops left; a troop stayed.", "The troop left.");

  @Test
  void termsTheIndexLacksAreLeftOutWithoutChangingHitsOrScores() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalyzers.perField()))) {
        for (String paragraph : PARAGRAPHS) {
          Document doc = new Document();
          doc.add(new TextField(Schema.TEXT, paragraph, Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        QueryBuilder stemmed = new QueryBuilder(TextAnalyzers.stemmedSearch());
        String marked = String.valueOf(Schema.STEM_MARK);
        List<List<String>> cases = List.of(
            // query, the query the index is asked, hits
            List.of("said", "text:said", "1"),
            List.of("troops", "Synonym(text:" + marked + "troop text:troop)", "2"),
            List.of("\"he said\"", "text:\"he said\"", "1"),
            List.of("\"troops left\"", "text:\"(" + marked + "troop troop) left\"", "2"),
            List.of("\"troop stayed\"", "text:\"(" + marked + "troop troop) " + marked + "stai\"", "1"),
            List.of("zebras", "MatchNoDocsQuery(\"no term of Synonym(text:" + marked + "zebra text:zebra) is in the index\")", "0"));
        for (List<String> c : cases) {
          Query asked = c.get(0).startsWith("\"")
              ? stemmed.createPhraseQuery(Schema.TEXT, c.get(0).replace("\"", ""))
              : stemmed.createBooleanQuery(Schema.TEXT, c.get(0));
          Query pruned = new PresentTermsQuery(asked);
          assertEquals(c.get(1), searcher.rewrite(pruned).toString(), c.get(0));
          TopDocs before = searcher.search(asked, 10);
          TopDocs after = searcher.search(pruned, 10);
          assertEquals(Integer.parseInt(c.get(2)), after.totalHits.value(), c.get(0));
          assertEquals(before.totalHits.value(), after.totalHits.value(), c.get(0));
          for (int i = 0; i < before.scoreDocs.length; i++) {
            assertEquals(before.scoreDocs[i].doc, after.scoreDocs[i].doc, c.get(0));
            assertEquals(before.scoreDocs[i].score, after.scoreDocs[i].score, 1e-6, c.get(0));
          }
        }
      }
    }
  }
}
