package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.TestCorpora;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ingestion of each of the five seed articles, checked paragraph by paragraph where it matters. */
class SeedArticlesTest {
  private static Map<String, Article> articles;

  @BeforeAll
  static void readSeeds() {
    CorpusReader corpus = CorpusReader.open(TestCorpora.seeds());
    articles = new LinkedHashMap<>();
    for (CorpusFile file : corpus.files()) {
      Article article = corpus.read(file).article();
      articles.put(article.id().substring(0, 3), article);
    }
  }

  @Test
  void theFiveSeedsAreReadInFileOrderWithTheirIds() {
    assertEquals(List.of("000", "001", "002", "003", "004"), List.copyOf(articles.keySet()));
    assertEquals("001_ae67bbf54034e372", articles.get("001").id());
    assertEquals("001_ae67bbf54034e372.txt", articles.get("001").source());
  }

  @Test
  void outletsComeFromTheManifest() {
    assertEquals("FRN", articles.get("000").outlet());
    assertEquals("Yahoo News", articles.get("001").outlet());
    assertEquals("unknown", articles.get("002").outlet());
    assertEquals("The Media Line", articles.get("003").outlet());
    assertEquals("Military Times", articles.get("004").outlet());
  }

  @Test
  void titlesAreTheFirstLineExceptIn003And004() {
    assertEquals("A Kerfuffle? US Suddenly Reverses Movement out of Iraq, citing ‘Oopsy!’", articles.get("000").title());
    assertEquals("Pentagon gets signals crossed over Iraq withdrawal. Confusion ensues.", articles.get("001").title());
    assertEquals("‘It was a mistake’: Pentagon backtracks on Iraq troop withdrawal amid chaos over general’s letter",
        articles.get("002").title());
    assertEquals("Confusion Abounds: US Military Leaving, Then Not Leaving, Iraq", articles.get("003").title());
    assertEquals("", articles.get("004").title(), "004 has no title line; its title stays empty");
  }

  @Test
  void paragraphCountsExcludeTheTitle() {
    assertEquals(14, articles.get("000").paragraphs().size());
    assertEquals(14, articles.get("001").paragraphs().size());
    assertEquals(9, articles.get("002").paragraphs().size());
    assertEquals(23, articles.get("003").paragraphs().size());
    assertEquals(29, articles.get("004").paragraphs().size());
  }

  @Test
  void theFirstParagraphOf004IsBodyText() {
    Paragraph first = articles.get("004").paragraph(1);
    assertEquals(Boilerplate.NONE, first.boilerplate());
    assertTrue(first.text().startsWith("Confusion reigned at the Pentagon Monday amid credible reports"));
  }

  @Test
  void theCaptionBeforeTheTitleOf003IsParagraphOneAndBoilerplate() {
    Paragraph caption = articles.get("003").paragraph(1);
    assertEquals(Boilerplate.PHOTO_CAPTION, caption.boilerplate());
    assertTrue(caption.text().endsWith("(Salwan Georges/The Washington Post via Getty Images)"));
    assertTrue(articles.get("003").paragraph(2).text().startsWith("Amid tensions with Iran, US officials scramble"));
  }

  @Test
  void everyBoilerplateParagraphIsNamed() {
    Map<String, Boilerplate> expected = new LinkedHashMap<>();
    expected.put("000_0db9211732ea5d3d:8", Boilerplate.ADVERTISEMENT); // - Advertisement -
    expected.put("000_0db9211732ea5d3d:14", Boilerplate.SUBSCRIPTION_PROMPT); // Subscribe to our newsletter / Sign up here ...
    expected.put("001_ae67bbf54034e372:5", Boilerplate.PHOTO_CAPTION); // A U.S. Marine. (Photo: Sgt. Kyle C. Talbot via AP)
    expected.put("001_ae67bbf54034e372:14", Boilerplate.READ_MORE); // Read more from Yahoo News:
    expected.put("002_a7d92eef324a7bfb:9", Boilerplate.RELATED_LINKS); // Related Content
    expected.put("003_e91974fb60900235:1", Boilerplate.PHOTO_CAPTION); // Protesters gather ... (Salwan Georges/... via Getty Images)
    expected.put("003_e91974fb60900235:22", Boilerplate.PAGE_CHROME); // Invest in the / Trusted Mideast / News source. ...
    expected.put("003_e91974fb60900235:23", Boilerplate.SUBSCRIPTION_PROMPT); // Personalize Your News ... By subscribing, you agree ...
    expected.put("004_cb1a41b3aa05e9b8:26", Boilerplate.CONTRIBUTOR_CREDIT); // -The Associated Press contributed to this story
    expected.put("004_cb1a41b3aa05e9b8:27", Boilerplate.AUTHOR_BIO); // Shawn Snow is the senior reporter for Marine Corps Times ...
    expected.put("004_cb1a41b3aa05e9b8:28", Boilerplate.AUTHOR_BIO); // Howard Altman is an award-winning editor and reporter ...
    expected.put("004_cb1a41b3aa05e9b8:29", Boilerplate.RELATED_LINKS); // In Other News / Load More

    Map<String, Boilerplate> found = new LinkedHashMap<>();
    for (Article article : articles.values()) {
      for (Paragraph paragraph : article.boilerplateParagraphs()) {
        found.put(paragraph.id(), paragraph.boilerplate());
      }
    }
    assertEquals(expected, found);
  }

  @Test
  void everySeedArticleHasBoilerplate() {
    for (Article article : articles.values()) {
      assertFalse(article.boilerplateParagraphs().isEmpty(), article.id());
    }
  }

  @Test
  void theParagraphABlankLineBrokeIn003IsRepaired() {
    Paragraph repaired = articles.get("003").paragraph(19);
    assertTrue(repaired.text().startsWith("From a broader geopolitical perspective, Prof. Harrison fears that Washington"));
    assertTrue(repaired.text().contains("“is no longer perceived in the Middle East as an ‘honest’ broker"), repaired.text());
    assertTrue(repaired.text().endsWith("may be realizing that a détente will need to be reached with Tehran.”"));
    assertTrue(articles.get("003").paragraph(20).text().startsWith("Indeed, President Trump’s approach"));
  }

  @Test
  void paragraphsKeepTheirOffsetsInTheFile() throws Exception {
    String file = java.nio.file.Files.readString(TestCorpora.seeds().resolve("001_ae67bbf54034e372.txt"));
    for (Paragraph paragraph : articles.get("001").paragraphs()) {
      assertEquals(paragraph.text(), paragraph.source().of(file), paragraph.id());
    }
    Paragraph repaired = articles.get("003").paragraph(19);
    String file003 = java.nio.file.Files.readString(TestCorpora.seeds().resolve("003_e91974fb60900235.txt"));
    assertTrue(repaired.source().of(file003).startsWith(
        "From a broader geopolitical perspective, Prof. Harrison fears that Washington “is no longer perceived\n\nin the Middle East"));
  }

  @Test
  void idsAreArticleColonNumber() {
    assertEquals("001_ae67bbf54034e372:9", articles.get("001").paragraph(9).id());
  }

  @Test
  void sentencesDoNotBreakInsideTitlesAndInitials() {
    Paragraph seely = articles.get("004").paragraph(15);
    assertEquals("Army Lt. Col. Thomas Campbell, a Pentagon spokesman, told Military Times there \"has been no change in US policy"
        + " with regard to our force presence in Iraq.", seely.sentenceTexts().getFirst());
    assertEquals(List.of("a U.S. Marine with 2nd Battalion\nA U.S. Marine.", "(Photo: Sgt. Kyle C. Talbot via AP)"),
        articles.get("001").paragraph(5).sentenceTexts());
  }
}
