package org.crosscheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.crosscheck.Crosscheck;
import org.crosscheck.InvalidQueryException;
import org.crosscheck.TestCorpora;
import org.crosscheck.search.SearchHit;
import org.crosscheck.search.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Any string as a query over the seed articles: it answers, or it is refused with one line, and
 * nothing else (no other exception, no stack trace for the user). Findings are kept in {@code
 * src/test/resources/org/crosscheck/fuzz/QueryFuzzTestInputs/fuzzQuery} and replayed by every build.
 */
class QueryFuzzTest {
  private static Crosscheck crosscheck;

  @BeforeAll
  static void index() {
    crosscheck = Crosscheck.inMemory();
    crosscheck.index(TestCorpora.seeds());
  }

  @AfterAll
  static void close() {
    crosscheck.close();
  }

  @FuzzTest(maxDuration = "10s")
  void fuzzQuery(byte[] bytes) {
    String query = new String(bytes, StandardCharsets.UTF_8);
    try {
      SearchResults results = crosscheck.search(query);
      assertTrue(results.totalHits() >= results.hits().size());
      for (SearchHit hit : results.hits()) {
        hit.highlights().forEach(span -> assertTrue(span.end() <= hit.text().length(), "highlight " + span + " in the text"));
      }
    } catch (InvalidQueryException refused) {
      String message = refused.getMessage();
      assertTrue(message.startsWith("invalid query '"), message);
      assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
    }
  }
}
