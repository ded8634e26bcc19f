package org.crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteComparisonTest {
  private static List<String> words(String text) {
    return List.of(text.split(" "));
  }

  @Test
  void aWordChangedInsideTheSharedStretchIsADifference() {
    List<String> frn = words("there's been decision made leave iraq period");
    List<String> yahoo = words("there's been decision whatsoever leave iraq");
    assertTrue(QuoteComparison.sameQuotation(frn, yahoo));
    assertTrue(QuoteComparison.differ(frn, yahoo));
  }

  @Test
  void quotingMoreOfTheSameWordsIsNoDifference() {
    List<String> longer = words("mistake honest mistake draft unsigned letter moving forces around");
    List<String> shorter = words("honest mistake");
    assertFalse(QuoteComparison.differ(shorter, longer));
    assertFalse(QuoteComparison.sameQuotation(shorter, longer), "two shared words are not enough to call it one quotation");
  }

  @Test
  void differentQuotationsAreNotCompared() {
    assertFalse(QuoteComparison.sameQuotation(words("we respect your sovereign decision"), words("due deference sovereignty iraq requested")));
  }
}
