package org.crosscheck.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.TestCorpora;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Matches are counted exactly up to {@link SearchOptions#EXACT_COUNT}; past that the count is a
 * lower bound unless every match is asked for, and the hits are the same either way. Three
 * articles of 500 paragraphs each: every paragraph names the harbour, four in five its master, and
 * every hundredth one (none of those four) a gull.
 */
class MatchCountTest {
  @TempDir static Path corpus;
  @TempDir static Path indexFolder;
  private static Crosscheck crosscheck;

  @BeforeAll
  static void index() {
    for (String article : List.of("north", "south", "west")) {
      StringBuilder text = new StringBuilder("Harbour log of the " + article + " quay\n");
      for (int i = 1; i <= 500; i++) {
        text.append("\nEntry ").append(i).append(": the harbour").append(i % 5 != 0 ? " master" : "")
            .append(" counted ").append(i).append(" boats").append(" and barges".repeat(i % 7))
            .append(i % 100 == 0 ? ", and a gull" : "").append(".\n");
      }
      TestCorpora.write(corpus, article + ".txt", text.toString());
    }
    crosscheck = Crosscheck.open(indexFolder);
    crosscheck.index(corpus);
  }

  @AfterAll
  static void close() {
    crosscheck.close();
  }

  private static SearchResults search(String query, boolean exactCount) {
    return crosscheck.search(query, SearchOptions.defaults().withLimit(20).withExactCount(exactCount));
  }

  @Test
  void pastTheLimitTheCountIsALowerBoundUnlessEveryMatchIsAskedFor() {
    for (String query : List.of("harbour", "\"harbour master\"", "harbour AND boats", "master OR gull")) {
      SearchResults bounded = search(query, false);
      SearchResults counted = search(query, true);
      long matches = query.equals("master OR gull") ? 1_215 : query.contains("master") ? 1_200 : 1_500;
      assertTrue(counted.totalHitsExact(), query);
      assertEquals(matches, counted.totalHits(), query);
      assertFalse(bounded.totalHitsExact(), query);
      assertFalse(bounded.partial(), query);
      assertTrue(bounded.totalHits() > SearchOptions.EXACT_COUNT && bounded.totalHits() <= matches, query + ": " + bounded.totalHits());
      assertEquals(ids(counted), ids(bounded), query + ": the same best hits");
    }
  }

  @Test
  void upToTheLimitEveryMatchIsCounted() {
    SearchResults gulls = search("gull", false);
    assertTrue(gulls.totalHitsExact());
    assertEquals(15, gulls.totalHits());
    SearchResults masters = search("\"harbour master\" AND title:west", false);
    assertTrue(masters.totalHitsExact());
    assertEquals(400, masters.totalHits());
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }
}
