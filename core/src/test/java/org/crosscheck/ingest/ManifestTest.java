package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.crosscheck.CorpusException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @TempDir Path corpus;

  @Test
  void aJsonManifestGivesOutletTitleDateAndUrl() throws IOException {
    Files.writeString(corpus.resolve("manifest.json"),
        "[{\"file\": \"sport/001.txt\", \"outlet\": \"BBC\", \"title\": \"Match report\", \"date\": \"2005-01-02\", \"url\": \"http://bbc.co.uk/1\"},"
            + " {\"id\": \"x\", \"outlet\": null}]");
    Manifest manifest = Manifest.of(corpus);
    assertEquals(Optional.of(new ManifestEntry("sport/001", "BBC", "Match report", "2005-01-02", "http://bbc.co.uk/1")),
        manifest.entry("sport/001"));
    assertEquals(Optional.of(new ManifestEntry("x", null, null, null, null)), manifest.entry("x"));
  }

  @Test
  void aMalformedJsonManifestNamesTheEntry() throws IOException {
    Files.writeString(corpus.resolve("manifest.json"), "[{\"file\": \"a.txt\"}, {\"outlet\": \"BBC\"}]");
    CorpusException e = assertThrows(CorpusException.class, () -> Manifest.of(corpus));
    assertEquals(corpus.resolve("manifest.json") + ": entry 2 has no id or file", e.getMessage());
  }

  @Test
  void twoManifestsAreRefused() throws IOException {
    Files.writeString(corpus.resolve("manifest.json"), "[]");
    Files.writeString(corpus.resolve("manifest.csv"), "id,outlet\n");
    CorpusException e = assertThrows(CorpusException.class, () -> Manifest.of(corpus));
    assertEquals(corpus + ": has both manifest.csv and manifest.json; keep one manifest", e.getMessage());
  }

  @Test
  void outletRulesChooseBetweenManifestFolderAndName() {
    Optional<String> none = Optional.empty();
    Optional<String> declared = Optional.of(" Gazette ");
    assertEquals(List.of("Gazette", "sport", "unknown", "sport"), List.of(
        OutletRule.manifestThenFolder().outletOf(declared, "sport/001.txt"),
        OutletRule.manifestThenFolder().outletOf(none, "sport/001.txt"),
        OutletRule.manifestThenFolder().outletOf(none, "001.txt"),
        OutletRule.manifestThenFolder().outletOf(none, "2005/sport/001.txt")));
    assertEquals(List.of("Gazette", "unknown"), List.of(
        OutletRule.of(OutletRule.Source.MANIFEST).outletOf(declared, "sport/001.txt"),
        OutletRule.of(OutletRule.Source.MANIFEST).outletOf(none, "sport/001.txt")));
    assertEquals("unknown", OutletRule.of(OutletRule.Source.NONE).outletOf(declared, "sport/001.txt"));
    assertEquals("BBC", OutletRule.fixed(" BBC ").outletOf(declared, "sport/001.txt"));
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> OutletRule.fixed(" "));
    assertEquals("the parameter 'name' must not be blank", blank.getMessage());
  }
}
