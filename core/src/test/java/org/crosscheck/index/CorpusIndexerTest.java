package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.TestCorpora;
import org.crosscheck.ingest.SkipReason;
import org.crosscheck.search.SearchHit;
import org.crosscheck.search.SearchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index mirrors its corpus folder: re-runs update only what changed and never duplicate. */
class CorpusIndexerTest {
  @TempDir Path corpus;

  private static List<String> ids(Crosscheck crosscheck, String query) {
    return crosscheck.search(query, SearchOptions.defaults().withLimit(100).withBoilerplate(true)).hits().stream()
        .map(SearchHit::id).toList();
  }

  @Test
  void reindexingTheSameFilesChangesNothing() {
    TestCorpora.write(corpus, "a.txt", "A\n\nAlpha one.\n\nAlpha two.");
    TestCorpora.write(corpus, "b.txt", "B\n\nBeta one.");
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      IndexReport first = crosscheck.index(corpus);
      assertEquals(2, first.articlesAdded());
      assertEquals(3, first.paragraphsWritten());
      IndexReport second = crosscheck.index(corpus);
      assertEquals(0, second.articlesAdded());
      assertEquals(2, second.articlesUnchanged());
      assertEquals(0, second.paragraphsWritten());
      assertEquals(3, second.paragraphsInIndex());
      assertEquals(3, crosscheck.paragraphCount());
    }
  }

  @Test
  void changedFilesAreReplacedWholeAndRemovedFilesDeleted() throws Exception {
    TestCorpora.write(corpus, "a.txt", "A\n\nAlpha one.\n\nAlpha two.\n\nAlpha three.");
    Path b = TestCorpora.write(corpus, "b.txt", "B\n\nBeta one.");
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      crosscheck.index(corpus);
      TestCorpora.write(corpus, "a.txt", "A\n\nAlpha one, revised.");
      Files.delete(b);
      TestCorpora.write(corpus, "c.txt", "C\n\nGamma one.");
      IndexReport report = crosscheck.index(corpus);
      assertEquals(1, report.articlesAdded());
      assertEquals(1, report.articlesUpdated());
      assertEquals(1, report.articlesRemoved());
      assertEquals(List.of("a:1"), ids(crosscheck, "alpha"));
      assertEquals(List.of(), ids(crosscheck, "beta"));
      assertEquals(List.of("c:1"), ids(crosscheck, "gamma"));
      assertEquals(2, crosscheck.paragraphCount());
    }
  }

  @Test
  void aFileThatTurnsBadKeepsWhatWasIndexedFromIt() {
    TestCorpora.write(corpus, "a.txt", "A\n\nAlpha one.");
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      crosscheck.index(corpus);
      TestCorpora.writeBytes(corpus, "a.txt", new byte[] {'A', 0, 'B'});
      IndexReport report = crosscheck.index(corpus);
      assertEquals(1, report.skipped().size());
      assertEquals(SkipReason.BINARY, report.skipped().getFirst().reason());
      assertEquals(0, report.articlesRemoved());
      assertEquals(List.of("a:1"), ids(crosscheck, "alpha"));
    }
  }

  @Test
  void badFilesAreSkippedWithReasonsAndTheRestIndexed() {
    TestCorpora.write(corpus, "good.txt", "G\n\nGood text.");
    TestCorpora.write(corpus, "empty.txt", "");
    TestCorpora.writeBytes(corpus, "latin1.txt", new byte[] {'T', '\n', '\n', (byte) 0xE9});
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      IndexReport report = crosscheck.index(corpus);
      assertEquals(2, report.articlesIndexed());
      assertEquals(List.of("empty.txt"), report.skipped().stream().map(SkippedFile::source).toList());
      assertEquals(SkipReason.EMPTY, report.skipped().get(0).reason());
      assertTrue(report.skippedByReason().containsKey(SkipReason.EMPTY));
      // Not UTF-8, but clean windows-1252: indexed, with a warning naming the byte.
      assertEquals(List.of("latin1.txt: not valid UTF-8 (byte 0xE9 at offset 3), read as windows-1252"),
          report.warnings().stream().map(org.crosscheck.ingest.FileWarning::message).toList());
    }
  }

  @Test
  void theSeedsIndexIntoEightyNineParagraphsOfWhichTwelveAreBoilerplate() {
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      IndexReport report = crosscheck.index(TestCorpora.seeds());
      assertEquals(5, report.articlesAdded());
      assertEquals(89, report.paragraphsWritten());
      assertEquals(12, report.boilerplateWritten());
      assertEquals(List.of(), report.skipped());
      assertEquals(List.of("FRN", "Military Times", "The Media Line", "Yahoo News", "unknown"), crosscheck.outlets());
    }
  }
}
