package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.index.IndexReport;
import org.crosscheck.index.IndexedParagraph;
import org.crosscheck.index.SkippedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesCorpusTest {
  @TempDir Path corpus;

  private static final String GOOD_1 =
      "{\"id\": \"n1\", \"title\": \"Flood in town\", \"outlet\": \"Gazette\", \"date\": \"2024-03-01\", \"url\": \"https://example.org/n1\","
          + " \"text\": \"The river rose overnight.\\n\\nShops on the quay closed.\"}";
  private static final String GOOD_2 = "{\"id\": \"n2\", \"text\": \"A quiet day at the harbour.\"}";

  @Test
  void eachLineIsAnArticleAndBadLinesAreNamedByLine() throws IOException {
    Path feed = corpus.resolve("feed.jsonl");
    Files.writeString(feed, String.join("\n", GOOD_1, "{not json", "", "[1, 2]", "{\"id\": \"n3\"}", GOOD_2, "{\"text\": \"no id\"}") + "\n");
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      IndexReport report = crosscheck.index(feed, OutletRule.manifestThenFolder(), p -> {});
      assertEquals(2, report.articlesAdded());
      assertEquals(3, report.paragraphsWritten());
      assertEquals(List.of(
              "feed.jsonl line 2: not valid JSON (Unexpected character ('n' (code 110)): was expecting double-quote to start field name)",
              "feed.jsonl line 4: not a JSON object; each line must be {\"id\": ..., \"text\": ...}",
              "feed.jsonl line 5: article 'n3' has no \"text\"",
              "feed.jsonl line 7: no \"id\""),
          report.skipped().stream().map(SkippedFile::message).toList());
      assertEquals(List.of(SkipReason.INVALID_JSON), report.skipped().stream().map(SkippedFile::reason).distinct().toList());

      IndexedParagraph first = crosscheck.paragraph("n1:2").orElseThrow();
      assertEquals(List.of("Shops on the quay closed.", "Gazette", "Flood in town", "feed.jsonl", "2024-03-01", "https://example.org/n1"),
          List.of(first.paragraph().text(), first.outlet(), first.title(), first.source(), first.date(), first.url()));
      IndexedParagraph second = crosscheck.paragraph("n2:1").orElseThrow();
      assertEquals(List.of("A quiet day at the harbour.", "unknown", "", "", ""),
          List.of(second.paragraph().text(), second.outlet(), second.title(), second.date(), second.url()));
    }
  }

  @Test
  void aFolderOfJsonLinesMirrorsLikeTextFiles() throws IOException {
    Files.createDirectories(corpus.resolve("Harbour Times"));
    Path feed = corpus.resolve("Harbour Times/day1.jsonl");
    Files.writeString(feed, GOOD_1 + "\n" + GOOD_2 + "\n");
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      crosscheck.index(corpus);
      assertEquals(List.of("Gazette", "Harbour Times"), crosscheck.outlets(), "the record's outlet first, else the folder's");

      Files.writeString(feed, GOOD_2.replace("quiet", "busy") + "\n{broken\n");
      IndexReport report = crosscheck.index(corpus);
      assertEquals(List.of(0, 1, 0, 1), List.of(report.articlesAdded(), report.articlesUpdated(), report.articlesUnchanged(),
          report.articlesRemoved()));
      assertEquals("A busy day at the harbour.", crosscheck.paragraph("n2:1").orElseThrow().paragraph().text());
      assertEquals(1, crosscheck.paragraphCount());
    }
  }

  @Test
  void anIdGivenTwiceIsIndexedOnce() throws IOException {
    Files.writeString(corpus.resolve("a.jsonl"), GOOD_2 + "\n");
    Files.writeString(corpus.resolve("b.jsonl"), GOOD_2.replace("quiet", "busy") + "\n");
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      IndexReport report = crosscheck.index(corpus);
      assertEquals(1, report.articlesAdded());
      assertEquals(List.of("b.jsonl: article id 'n2' is already taken by a.jsonl; the second one is not indexed"),
          report.skipped().stream().map(SkippedFile::message).toList());
      assertEquals("A quiet day at the harbour.", crosscheck.paragraph("n2:1").orElseThrow().paragraph().text());
    }
  }
}
