package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

class RememberingPorterStemFilterTest {
  private static final String TEXT = "The defense secretary said there has been no decision whatsoever to leave Iraq. "
      + "Decisions, deciding, decided: the troops' departures were departing; running runners ran. "
      + "Generalisations generalizations relational conditional rational valency hopefulness goodness "
      + "formaliti sensibiliti triplicate formative formalize electriciti electrical hopeful goodness";

  /** Lucene's filter or ours, after the same tokenizer, with "secretary" marked as a keyword (not stemmed). */
  private static Analyzer analyzer(boolean remembering) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new SetKeywordMarkerFilter(new LowerCaseFilter(source), new CharArraySet(List.of("secretary"), false));
        return new TokenStreamComponents(source, remembering ? new RememberingPorterStemFilter(stream) : new PorterStemFilter(stream));
      }
    };
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    return TokenLists.of(analyzer.tokenStream("text", text));
  }

  @Test
  void givesWhatPortersFilterGivesTheFirstTimeAndEveryTimeAfter() throws IOException {
    try (Analyzer porter = analyzer(false); Analyzer remembering = analyzer(true)) {
      List<String> expected = tokens(porter, TEXT);
      for (int round = 0; round < 3; round++) {
        assertEquals(expected, tokens(remembering, TEXT), "round " + round);
      }
      assertEquals("secretary@12-21+1", expected.get(2), "a keyword is left as it is");
      assertEquals("decis@45-53+1", expected.get(8));
    }
  }

  @Test
  void startsAfreshWhenFullAndStillStemsTheSame() throws IOException {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < RememberingPorterStemFilter.MAX_REMEMBERED + 500; i++) {
      words.append("generalization").append(Integer.toString(i, 26).replaceAll("[0-9]", "x")).append("ing ");
    }
    try (Analyzer porter = analyzer(false); Analyzer remembering = analyzer(true)) {
      assertEquals(tokens(porter, words.toString()), tokens(remembering, words.toString()));
      assertEquals(tokens(porter, TEXT), tokens(remembering, TEXT));
    }
  }
}
