package org.crosscheck.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSearcherTest {
  private static boolean walksTerms(String query) {
    return ParagraphSearcher.walksTerms(ParagraphQueryParser.parse(query));
  }

  /**
   * Only queries that walk a field's terms or points get the reader's deadline checks, which cost
   * every other query a few percent; the searcher's own deadline stops every query's collection
   * (HostileQueryTest).
   */
  @Test
  void onlyQueriesThatWalkTermsOrPointsGetTheReadersDeadline() {
    for (String plain : List.of("oil", "\"prime minister\"", "\"mistake officials\"~3", "blair AND election", "film NOT oscar",
        "(google OR yahoo) AND search", "title:economy", "exact:\"the mistake was\"", "outlet:\"daily planet\"",
        "quote:\"honest mistake\"")) {
      assertFalse(walksTerms(plain), plain);
    }
    for (String walking : List.of("troop*", "te?t", "Milly~", "/h.n.st/", "title:[a TO c]", "paragraph:[1 TO 3]", "oil AND paragraph:2",
        "oil NOT gas*", "quote:mistak*", "(oil OR (gas AND pric*))")) {
      assertTrue(walksTerms(walking), walking);
    }
  }
}
