package org.crosscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small corpora for tests: the bundled seeds, and folders of articles written on the spot. */
public final class TestCorpora {
  private TestCorpora() {}

  /** The seed articles of the repository (never ../shared). */
  public static Path seeds() {
    String path = System.getProperty("crosscheck.seeds");
    if (path == null) {
      throw new IllegalStateException("the build passes -Dcrosscheck.seeds; run the tests through Maven");
    }
    return Path.of(path);
  }

  /** Writes a UTF-8 file into {@code folder}, creating parent folders. */
  public static Path write(Path folder, String name, String content) {
    try {
      Path file = folder.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path writeBytes(Path folder, String name, byte[] content) {
    try {
      return Files.write(folder.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
