package org.crosscheck.cli.setup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Crosscheck;

/**
 * Finds the five seed articles, the default corpus. In order: the system property {@code
 * crosscheck.seeds}; the {@code seeds/} folder of the checkout named by {@code crosscheck.home}; or
 * the copy bundled in the jar, unpacked once under {@link Home#directory()}.
 */
public final class SeedCorpus {
  private static final String BUNDLED = "/org/crosscheck/cli/seeds/";
  private static final String MANIFEST = "manifest.csv";

  private SeedCorpus() {}

  public static Path folder() {
    String explicit = System.getProperty("crosscheck.seeds");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit).toAbsolutePath().normalize();
    }
    String home = System.getProperty("crosscheck.home");
    if (home != null && !home.isBlank()) {
      Path checkout = Path.of(home).toAbsolutePath().normalize().resolve("seeds");
      if (Files.isDirectory(checkout)) {
        return checkout;
      }
    }
    return unpackBundled(Home.directory().resolve("seeds-" + Crosscheck.version()));
  }

  /** Copies the bundled seeds to {@code target} unless they are there already. */
  static Path unpackBundled(Path target) {
    try {
      if (Files.isRegularFile(target.resolve(MANIFEST))) {
        return target;
      }
      Files.createDirectories(target);
      String manifest = read(MANIFEST);
      List<String> files = new ArrayList<>();
      for (String line : manifest.split("\\R")) {
        int comma = line.indexOf(',');
        String id = comma < 0 ? line : line.substring(0, comma);
        if (!id.isBlank() && !id.equals("id")) {
          files.add(id.strip() + ".txt");
        }
      }
      for (String file : files) {
        copy(file, target.resolve(file));
      }
      copy(MANIFEST, target.resolve(MANIFEST)); // last, so a half-done unpack is redone
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the bundled seed articles to " + target + ": " + e.getMessage(), e);
    }
  }

  private static String read(String name) throws IOException {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void copy(String name, Path target) throws IOException {
    try (InputStream in = resource(name)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = SeedCorpus.class.getResourceAsStream(BUNDLED + name);
    if (in == null) {
      throw new IOException("the jar holds no " + BUNDLED + name);
    }
    return in;
  }
}
