package org.crosscheck.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.crosscheck.Crosscheck;
import org.crosscheck.TestCorpora;
import org.crosscheck.index.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Equal scores come in id order on every page, whatever the doc order: the articles whose ids
 * sort first are indexed last, into a segment of their own, so that doc order and id order
 * disagree. Each page is also checked against Lucene's own sort by score then id.
 */
class TiedScoresTest {
  @TempDir static Path corpus;
  @TempDir static Path indexFolder;
  private static Crosscheck crosscheck;

  @BeforeAll
  static void index() {
    TestCorpora.write(corpus, "yankee.txt", """
        Harbour report

        The quay was busy all morning.

        Fishing boats came in early.

        The market opened at six.
        """);
    TestCorpora.write(corpus, "zulu.txt", """
        Harbour report

        The ferry left at noon.

        Cranes lifted containers all day.

        A tug pushed the tanker in.

        Gulls followed the trawlers.
        """);
    TestCorpora.write(corpus, "kilo.txt", """
        Storm warning

        A ferry, a ferry and another ferry waited.

        Ferry services were cancelled after the storm hit the coast overnight.
        """);
    crosscheck = Crosscheck.open(indexFolder);
    crosscheck.index(corpus);
    TestCorpora.write(corpus, "alpha.txt", """
        Harbour report

        The ferry left at noon.

        Dockers went on strike.

        The strike ended at dusk.
        """);
    TestCorpora.write(corpus, "bravo.txt", """
        Harbour report

        Pilots guided ships through fog.

        The lighthouse stayed lit.
        """);
    crosscheck.index(corpus);
  }

  @AfterAll
  static void close() {
    crosscheck.close();
  }

  private static List<String> page(String query, int offset, int limit) {
    SearchOptions options = SearchOptions.defaults().withOffset(offset).withLimit(limit);
    List<String> ids = crosscheck.search(query, options).hits().stream().map(SearchHit::id).toList();
    assertEquals(sortedByLucene(query, options), ids, query + " from " + offset);
    return ids;
  }

  /** The page as Lucene's sort by score then id gives it, the order the search promises. */
  private static List<String> sortedByLucene(String query, SearchOptions options) {
    return crosscheck.withSearcher(searcher -> {
      assertTrue(searcher.getIndexReader().leaves().size() > 1, "the articles indexed last are in a segment of their own");
      Sort byScoreThenId = new Sort(SortField.FIELD_SCORE, new SortField(Schema.ID, SortField.Type.STRING));
      ScoreDoc[] hits = searcher.search(ParagraphSearcher.withFilters(ParagraphQueryParser.parse(query), options),
          options.offset() + options.limit(), byScoreThenId).scoreDocs;
      StoredFields stored = searcher.storedFields();
      List<String> ids = new ArrayList<>();
      for (int i = options.offset(); i < hits.length; i++) {
        ids.add(stored.document(hits[i].doc).get(Schema.ID));
      }
      return ids;
    });
  }

  @Test
  void aPageThatCutsThroughTiedScoresTakesTheSmallestIds() {
    // Every paragraph of the four "Harbour report" articles scores the same on its title.
    assertEquals(List.of("alpha:1", "alpha:2", "alpha:3", "bravo:1", "bravo:2"), page("title:harbour", 0, 5));
    assertEquals(List.of("yankee:1", "yankee:2", "yankee:3"), page("title:harbour", 5, 3));
    assertEquals(List.of("yankee:3", "zulu:1", "zulu:2"), page("title:harbour", 7, 3));
    assertEquals(List.of("zulu:3", "zulu:4"), page("title:harbour", 10, 5));
    assertEquals(List.of(), page("title:harbour", 12, 5));
  }

  @Test
  void tiesInsideAPageAreInIdOrderToo() {
    // kilo:1 says ferry three times; alpha:1 and zulu:1 are the same sentence; kilo:2 is longer.
    // The page ends between two different scores, so no tie crosses its end.
    assertEquals(List.of("kilo:1", "alpha:1", "zulu:1"), page("ferry", 0, 3));
    assertEquals(List.of("kilo:1", "alpha:1", "zulu:1", "kilo:2"), page("ferry", 0, 10));
    assertEquals(List.of("alpha:1", "zulu:1"), page("ferry", 1, 2));
    assertEquals(List.of("zulu:1", "kilo:2"), page("ferry", 2, 2));
  }
}
