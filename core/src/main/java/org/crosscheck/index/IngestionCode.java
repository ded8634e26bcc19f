package org.crosscheck.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of the code and word lists that turn a file into indexed paragraphs: the {@code ingest},
 * {@code entities} and {@code index} packages with their resources. It is part of every article's
 * fingerprint, so a crosscheck whose splitting, boilerplate or extraction rules changed re-indexes
 * the articles on the next run, and one whose rules did not, does not. Computed once per JVM.
 */
public final class IngestionCode {
  private static final List<String> PACKAGES =
      List.of("org/crosscheck/ingest/", "org/crosscheck/entities/", "org/crosscheck/index/");

  private static volatile String digest;

  private IngestionCode() {}

  /** The digest, in hex; {@code "unknown"} when the code's location cannot be read. */
  public static String digest() {
    String value = digest;
    if (value == null) {
      value = compute();
      digest = value;
    }
    return value;
  }

  private static String compute() {
    CodeSource source = IngestionCode.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "unknown";
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      // Sorted by name so the digest does not depend on the order a jar or a folder lists files.
      TreeMap<String, String> entries = Files.isDirectory(location) ? fromFolder(location) : fromJar(location);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      entries.forEach((name, content) -> {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update(content.getBytes(StandardCharsets.UTF_8));
      });
      return HexFormat.of().formatHex(sha.digest(), 0, 12);
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      return "unknown";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** A jar already holds a CRC of each entry, so nothing needs reading. */
  private static TreeMap<String, String> fromJar(Path jar) throws IOException {
    TreeMap<String, String> entries = new TreeMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream().filter(IngestionCode::ingestion).forEach(e -> entries.put(e.getName(), Long.toHexString(e.getCrc())));
    }
    return entries;
  }

  private static boolean ingestion(ZipEntry entry) {
    return !entry.isDirectory() && PACKAGES.stream().anyMatch(entry.getName()::startsWith);
  }

  private static TreeMap<String, String> fromFolder(Path classes) throws IOException {
    TreeMap<String, String> entries = new TreeMap<>();
    for (String pkg : PACKAGES) {
      Path folder = classes.resolve(pkg);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
          entries.put(name, HexFormat.of().formatHex(sha256(Files.readAllBytes(file))));
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return entries;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
