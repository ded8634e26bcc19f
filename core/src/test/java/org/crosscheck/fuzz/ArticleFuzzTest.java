package org.crosscheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.apache.lucene.document.Document;
import org.crosscheck.InvalidArticleException;
import org.crosscheck.Span;
import org.crosscheck.index.ParagraphDocuments;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleParser;
import org.crosscheck.ingest.DecodedText;
import org.crosscheck.ingest.Paragraph;
import org.crosscheck.ingest.TextDecoder;

/**
 * Any bytes given as an article file: decoding and parsing either refuse them with an {@link
 * InvalidArticleException} or give an article whose paragraphs, spans and sentences hold together,
 * and which turns into index documents. Seeded with the seed articles (copied into the inputs folder
 * by the build); findings are kept in {@code src/test/resources/org/crosscheck/fuzz/ArticleFuzzTestInputs/fuzzArticle}
 * and replayed by every build.
 */
class ArticleFuzzTest {
  private static final ArticleParser PARSER = new ArticleParser();

  @FuzzTest(maxDuration = "10s")
  void fuzzArticle(byte[] bytes) {
    DecodedText decoded;
    Article article;
    try {
      decoded = TextDecoder.decodeText(bytes, "fuzz.txt");
      article = PARSER.parse("fuzz", "fuzz.txt", decoded.text());
    } catch (InvalidArticleException refused) {
      assertFalse(refused.getMessage().contains("\n"), "one line: " + refused.getMessage());
      return;
    }
    assertTrue(decoded.warnings().size() <= 1);
    String text = decoded.text();
    assertFalse(article.paragraphs().isEmpty());
    int previousEnd = 0;
    for (Paragraph paragraph : article.paragraphs()) {
      assertFalse(paragraph.text().isBlank(), "a blank paragraph");
      Span source = paragraph.source();
      assertTrue(source.start() >= previousEnd && source.end() <= text.length(), "source " + source + " in order and in the text");
      previousEnd = source.end();
      int sentenceEnd = 0;
      for (Span sentence : paragraph.sentences()) {
        assertTrue(sentence.start() >= sentenceEnd && sentence.end() <= paragraph.text().length(),
            "sentence " + sentence + " in order and in the paragraph of " + paragraph.text().length() + " chars");
        sentenceEnd = sentence.end();
      }
    }
    List<Document> documents = ParagraphDocuments.toDocuments(article, "fingerprint");
    assertEquals(article.paragraphs().size(), documents.size());
  }
}
