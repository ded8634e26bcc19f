package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** The analyzers read typographic quotes as plain ones and keep offsets into the original text. */
class TextAnalyzersTest {
  private static final String TYPOGRAPHIC = "He said “it’s an ‘honest’ mistake”.";
  private static final String PLAIN = "He said \"it's an 'honest' mistake\".";

  @Test
  void typographicQuotesGiveTheTokensAndOffsetsOfPlainOnes() throws IOException {
    List<String> expected = List.of("he@0-2", "said@3-7", "it's@9-13", "an@14-16", "honest@18-24", "mistake@26-33");
    assertEquals(expected, tokens(TextAnalyzers.exact(), TYPOGRAPHIC));
    assertEquals(expected, tokens(TextAnalyzers.exact(), PLAIN));
  }

  @Test
  void theEnglishAnalyzerReadsTheApostropheBeforeDroppingPossessivesAndStopWords() throws IOException {
    List<String> expected = List.of("he@0-2", "said@3-7", "honest@18-24", "mistak@26-33");
    assertEquals(expected, tokens(TextAnalyzers.english(), TYPOGRAPHIC));
    assertEquals(expected, tokens(TextAnalyzers.english(), PLAIN));
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Schema.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
    }
    return tokens;
  }
}
