package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.junit.jupiter.api.Test;

/**
 * The index replays each text's words instead of analysing it per field, so what it writes must be
 * what the analyzers give at query time: the same terms, offsets and positions, and the same state
 * at the end (which places the next value of a field), text after text through one reused stream.
 */
class TokenizedTextTest {
  private static final Path SEEDS = Path.of(System.getProperty("crosscheck.seeds", "../seeds"));

  private static final List<String> AWKWARD = List.of(
      "",
      "   ",
      "...",
      "He said “it’s an ‘honest’ mistake”. JAMES’S and James's and the troops' orders",
      "Détente, naïve café: ÆSOP'S fables; Straße; Ｆｕｌｌ Ｗｉｄｔｈ＇Ｓ",
      "The U.S. letter — dated Jan. 6, 2020 — said 5,200 troops; e-mail @user #tag http://x.org/a?b=1",
      "emoji 😀 between 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 words, 中文字符 and ひらがな",
      "a".repeat(300) + " word after a token longer than the tokenizer keeps " + "b".repeat(600),
      "trailing long token " + "c".repeat(400),
      "the of and a an it is was");

  @Test
  void exactFieldGivesWhatTheExactAnalyzerGives() throws IOException {
    assertReplaysAsAnalyzed(TextAnalyzers.exact(), false, texts());
  }

  @Test
  void englishFieldGivesWhatTheEnglishAnalyzerGives() throws IOException {
    assertReplaysAsAnalyzed(TextAnalyzers.english(), true, texts());
  }

  @Test
  void randomTextsReplayAsAnalyzed() throws IOException {
    Random random = new Random(42);
    String alphabet = "aeiouAEIOU bcdfgh'’s.,;:-“”\"é ß 0123456789 \n";
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(80);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    assertReplaysAsAnalyzed(TextAnalyzers.english(), true, texts);
    assertReplaysAsAnalyzed(TextAnalyzers.exact(), false, texts);
  }

  /** The awkward texts and every paragraph of the seed articles, in that order. */
  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>(AWKWARD);
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.addAll(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n\\s*\n")));
      }
    }
    assertTrue(texts.size() > 50, "the seeds were read");
    return texts;
  }

  private static void assertReplaysAsAnalyzed(Analyzer analyzer, boolean english, List<String> texts) throws IOException {
    TokenStream reused = null;
    for (String text : texts) {
      TokenizedText tokenized = new TokenizedText(text);
      Field field = english
          ? tokenized.englishField(Schema.TEXT, TextField.TYPE_NOT_STORED)
          : tokenized.exactField(Schema.TEXT_EXACT, TextField.TYPE_NOT_STORED);
      reused = field.tokenStream(null, reused);
      assertEquals(TokenLists.withEnd(analyzer.tokenStream(Schema.TEXT, text)), TokenLists.withEnd(reused), text);
    }
  }
}
