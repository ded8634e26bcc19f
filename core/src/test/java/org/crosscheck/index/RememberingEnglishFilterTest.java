package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

class RememberingEnglishFilterTest {
  private static final String TEXT = "The defense secretary said there has been no decision whatsoever to leave Iraq. "
      + "Decisions, deciding, decided: the troops' departures were departing; running runners ran. "
      + "Esper's and ESPER'S and Esper’s letter, the secretary's. "
      + "Generalisations generalizations relational conditional rational valency hopefulness goodness "
      + "formaliti sensibiliti triplicate formative formalize electriciti electrical hopeful goodness of the";

  /**
   * Lucene's filters or the remembering one, after the exact words' tokenizer and filters, with
   * "secretary" and "secretary's" marked as keywords (not stemmed).
   */
  private static Analyzer analyzer(boolean remembering) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        stream = new SetKeywordMarkerFilter(stream, new CharArraySet(List.of("secretary", "secretary's"), false));
        return new TokenStreamComponents(source,
            remembering ? TextAnalyzers.englishWords(stream) : TextAnalyzers.englishFilters(stream));
      }
    };
  }

  /** The tokens with their offsets and increments, and how the stream ends (the increment of stop words at the end). */
  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    return TokenLists.withEnd(analyzer.tokenStream("text", text));
  }

  @Test
  void givesWhatLucenesFiltersGiveTheFirstTimeAndEveryTimeAfter() throws IOException {
    try (Analyzer lucene = analyzer(false); Analyzer remembering = analyzer(true)) {
      List<String> expected = tokens(lucene, TEXT);
      for (int round = 0; round < 3; round++) {
        assertEquals(expected, tokens(remembering, TEXT), "round " + round);
      }
      assertEquals("defens@4-11+2", expected.get(0), "a stop word is left out and its position kept");
      assertEquals("secretary@12-21+1", expected.get(1), "a keyword is not stemmed");
      assertEquals("decis@45-53+2", expected.get(5));
      assertEquals("esper@182-189+2", expected.get(20), "the possessive is dropped");
      assertEquals("secretary@214-225+2", expected.get(23), "a keyword loses its possessive, not its ending");
      assertEquals("end@419-419+2", expected.getLast(), "stop words at the end still count as positions");
    }
  }

  @Test
  void randomTextsGiveWhatLucenesFiltersGive() throws IOException {
    Random random = new Random(7);
    String[] words = {"the", "of", "troops", "troop's", "said", "says", "saying", "an", "it", "its", "it's", "decision",
        "decisions", "decided", "Iraq", "Iraq’s", "ESPER'S", "no", "not", "was", "were", "be", "running", "ran", "s",
        "'s", "secretary", "secretary's", "café", "naïve", "x" + random.nextInt(100)};
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int j = 0; j < length; j++) {
        text.append(words[random.nextInt(words.length)]).append(random.nextInt(8) == 0 ? ", " : " ");
      }
      texts.add(text.toString());
    }
    try (Analyzer lucene = analyzer(false); Analyzer remembering = analyzer(true)) {
      for (String text : texts) {
        assertEquals(tokens(lucene, text), tokens(remembering, text), text);
      }
    }
  }

  @Test
  void remembersEachWordOnceEvenWhenItsTermIsWrittenOverIt() throws IOException {
    // Long words whose stem is not their beginning ("extraordinary" -> "extraordinari"), a short one, a stop word.
    String text = "extraordinary satisfactory happy the extraordinary satisfactory happy the";
    StandardTokenizer words = new StandardTokenizer();
    words.setReader(new java.io.StringReader(text));
    RememberingEnglishFilter filter = new RememberingEnglishFilter(words);
    List<String> terms = TokenLists.of(filter);
    assertEquals(List.of("extraordinari@0-13+1", "satisfactori@14-26+1", "happi@27-32+1",
        "extraordinari@37-50+2", "satisfactori@51-63+1", "happi@64-69+1"), terms);
    assertEquals(4, filter.remembered(), "four words, each remembered once");
  }

  @Test
  void growsThenStartsAfreshWhenFullAndStillGivesTheSameTerms() throws IOException {
    // Short words and long ones, which the memory keeps apart, each more than it remembers in all.
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < RememberingEnglishFilter.MAX_REMEMBERED + 500; i++) {
      String letters = Integer.toString(i, 26).chars()
          .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'a' + c - '0' : c + 10)))
          .reduce("", String::concat);
      words.append("q").append(letters).append("s generalization").append(letters).append("ing the ");
    }
    try (Analyzer lucene = analyzer(false); Analyzer remembering = analyzer(true)) {
      List<String> expected = tokens(lucene, words.toString());
      assertEquals(2 * (RememberingEnglishFilter.MAX_REMEMBERED + 500) + 1, expected.size(), "every made-up word, and the end");
      assertEquals("qa@0-3+1", expected.get(0), "a short word, stemmed");
      assertEquals("generalizationa@4-22+1", expected.get(1));
      assertEquals(expected, tokens(remembering, words.toString()));
      assertEquals(expected, tokens(remembering, words.toString()), "from memory, started afresh along the way");
      assertEquals(tokens(lucene, TEXT), tokens(remembering, TEXT));
    }
  }
}
