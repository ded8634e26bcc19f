package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.CorpusException;
import org.crosscheck.InvalidArticleException;
import org.crosscheck.TestCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  @TempDir Path folder;

  private InvalidArticleException refusal(String name) {
    CorpusReader corpus = CorpusReader.open(folder);
    CorpusFile file = corpus.files().stream().filter(f -> f.relativePath().equals(name)).findFirst().orElseThrow();
    return assertThrows(InvalidArticleException.class, () -> corpus.read(file));
  }

  @Test
  void filesAreTxtBelowTheFolderSortedWithHiddenOnesLeftOut() {
    TestCorpora.write(folder, "b.txt", "T\n\nx");
    TestCorpora.write(folder, "a.TXT", "T\n\nx");
    TestCorpora.write(folder, "sport/001.txt", "T\n\nx");
    TestCorpora.write(folder, "notes.md", "T\n\nx");
    TestCorpora.write(folder, ".crosscheck/index/x.txt", "T\n\nx");
    List<CorpusFile> files = CorpusReader.open(folder).files();
    assertEquals(List.of("a.TXT", "b.txt", "sport/001.txt"), files.stream().map(CorpusFile::relativePath).toList());
    assertEquals(List.of("a", "b", "sport/001"), files.stream().map(CorpusFile::articleId).toList());
  }

  @Test
  void anEmptyFile() {
    TestCorpora.write(folder, "empty.txt", "");
    InvalidArticleException e = refusal("empty.txt");
    assertEquals(SkipReason.EMPTY, e.reason());
    assertEquals("empty.txt: the file is empty", e.getMessage());
  }

  @Test
  void aFileOfWhiteSpace() {
    TestCorpora.write(folder, "blank.txt", " \n\t\n\u00A0\n");
    assertEquals(SkipReason.BLANK, refusal("blank.txt").reason());
  }

  @Test
  void aBinaryFile() {
    TestCorpora.writeBytes(folder, "image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    InvalidArticleException e = refusal("image.txt");
    assertEquals(SkipReason.BINARY, e.reason());
    assertEquals("image.txt: binary file (a NUL byte at offset 4), not a text article", e.getMessage());
  }

  @Test
  void aFileThatIsNotUtf8IsReadAsWindows1252WithAWarningNamingTheByteAndItsOffset() {
    TestCorpora.writeBytes(folder, "latin1.txt", "Title\n\nCaf\u00e9 au lait".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    CorpusReader corpus = CorpusReader.open(folder);
    ArticleFile read = corpus.read(corpus.files().getFirst());
    assertEquals("Caf\u00e9 au lait", read.article().paragraph(1).text());
    assertEquals(List.of(new FileWarning("latin1.txt", WarningKind.DECODED_AS_WINDOWS_1252, 10,
        "latin1.txt: not valid UTF-8 (byte 0xE9 at offset 10), read as windows-1252")), read.warnings());
  }

  @Test
  void aByteOrderMarkIsDropped() {
    TestCorpora.writeBytes(folder, "bom.txt", "\uFEFFTitle\n\nBody.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    CorpusReader corpus = CorpusReader.open(folder);
    assertEquals("Title", corpus.read(corpus.files().getFirst()).article().title());
  }

  @Test
  void aMissingFolder() {
    CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.open(folder.resolve("nope")));
    assertEquals(folder.resolve("nope") + ": no such folder", e.getMessage());
  }

  @Test
  void aFileGivenAsTheFolder() {
    Path file = TestCorpora.write(folder, "a.txt", "T\n\nx");
    CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.open(file));
    assertEquals(file + ": not a folder; give the folder that holds the .txt articles, or a .jsonl file", e.getMessage());
  }

  @Test
  void aManifestWithoutAnIdColumnIsRefusedWithItsName() {
    TestCorpora.write(folder, "manifest.csv", "name,outlet\na,X\n");
    CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.open(folder));
    assertEquals(folder.resolve("manifest.csv") + ": the header needs an 'id' or a 'file' column, found [name, outlet]", e.getMessage());
  }

  @Test
  void aManifestMayNameFilesAndRepeatsAreRefused() {
    TestCorpora.write(folder, "manifest.csv", "file,outlet,title\na.txt,Daily,Head\n");
    TestCorpora.write(folder, "a.txt", "Head\n\nBody.");
    CorpusReader corpus = CorpusReader.open(folder);
    Article article = corpus.read(corpus.files().getFirst()).article();
    assertEquals("Daily", article.outlet());
    assertEquals("Head", article.title());

    TestCorpora.write(folder, "manifest.csv", "id,outlet\na,X\na,Y\n");
    CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.open(folder));
    assertEquals(folder.resolve("manifest.csv") + ": row 3 repeats article 'a'", e.getMessage());
  }
}
