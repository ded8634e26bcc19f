package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.crosscheck.InvalidArticleException;
import org.crosscheck.Span;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
  private final ArticleParser parser = new ArticleParser();

  private static List<String> texts(Article article) {
    return article.paragraphs().stream().map(Paragraph::text).toList();
  }

  @Test
  void withoutAManifestTheFirstLineIsTheTitleAndTheOutletUnknown() {
    Article article = parser.parse("a", "a.txt", "Headline here\n\nFirst paragraph.\n\nSecond paragraph.\n");
    assertEquals("Headline here", article.title());
    assertEquals("unknown", article.outlet());
    assertEquals(List.of("First paragraph.", "Second paragraph."), texts(article));
    assertEquals(List.of(1, 2), article.paragraphs().stream().map(Paragraph::number).toList());
  }

  @Test
  void aTitleLineFollowedDirectlyByTextLeavesTheRestAsAParagraph() {
    Article article = parser.parse("a", "a.txt", "Headline\nBody starts on the next line.\n");
    assertEquals("Headline", article.title());
    assertEquals(List.of("Body starts on the next line."), texts(article));
  }

  @Test
  void anEmptyManifestTitleMeansTheFileHasNoTitleLine() {
    ManifestEntry entry = new ManifestEntry("a", "Outlet", "", null, null);
    Article article = parser.parse("a", "a.txt", "Body one.\n\nBody two.", Optional.of(entry));
    assertEquals("", article.title());
    assertEquals("Outlet", article.outlet());
    assertEquals(List.of("Body one.", "Body two."), texts(article));
  }

  @Test
  void aManifestTitleIsFoundAmongTheFirstParagraphsAndTakenOut() {
    ManifestEntry entry = new ManifestEntry("a", "Outlet", "The ‘Real’ Title", null, null);
    Article article = parser.parse("a", "a.txt", "A caption. (Photo: Someone/AP)\n\nThe 'Real' Title\n\nBody.", Optional.of(entry));
    assertEquals("The ‘Real’ Title", article.title());
    assertEquals(List.of("A caption. (Photo: Someone/AP)", "Body."), texts(article));
    assertEquals(Boilerplate.PHOTO_CAPTION, article.paragraph(1).boilerplate());
  }

  @Test
  void aManifestTitleNotInTheTextLeavesEveryParagraphInPlace() {
    ManifestEntry entry = new ManifestEntry("a", null, "Elsewhere", null, null);
    Article article = parser.parse("a", "a.txt", "One.\n\nTwo.", Optional.of(entry));
    assertEquals(List.of("One.", "Two."), texts(article));
    assertEquals("unknown", article.outlet());
  }

  @Test
  void aParagraphBrokenMidSentenceIsJoinedAndSpansBothPieces() {
    String text = "T\n\nHe said the city “is no longer\n\nin the region” today.\n\nNext one.";
    Article article = parser.parse("a", "a.txt", text);
    assertEquals(List.of("He said the city “is no longer in the region” today.", "Next one."), texts(article));
    Span source = article.paragraph(1).source();
    assertEquals("He said the city “is no longer\n\nin the region” today.", source.of(text));
  }

  @Test
  void aParagraphEndingInPunctuationIsNotJoinedToALowerCaseOne() {
    Article article = parser.parse("a", "a.txt", "T\n\nIt ended.\n\nlower case start here.");
    assertEquals(List.of("It ended.", "lower case start here."), texts(article));
  }

  @Test
  void blankLinesMayHoldSpacesAndWindowsLineEnds() {
    Article article = parser.parse("a", "a.txt", "Title\r\n \t\r\nOne.\r\n\u00A0\r\nTwo.\r\n");
    assertEquals(List.of("One.", "Two."), texts(article));
  }

  @Test
  void aTitleWithNoParagraphIsRefused() {
    InvalidArticleException e = assertThrows(InvalidArticleException.class, () -> parser.parse("a", "a.txt", "Only a title\n\n"));
    assertEquals(SkipReason.NO_PARAGRAPHS, e.reason());
    assertEquals("a.txt: the file has a title line but no paragraphs", e.getMessage());
  }

  @Test
  void sentencesAreOffsetsIntoTheParagraph() {
    Article article = parser.parse("a", "a.txt", "T\n\nGen. Mark Milley spoke. He said no. Then Mr. Smith left.");
    assertEquals(List.of("Gen. Mark Milley spoke.", "He said no.", "Then Mr. Smith left."), article.paragraph(1).sentenceTexts());
  }
}
