package org.crosscheck.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.crosscheck.CorpusException;
import org.crosscheck.InvalidArticleException;

/**
 * Reads a corpus folder: every {@code .txt} file below it (hidden files and folders excepted), in
 * the order of their paths, with outlets and titles from the folder's {@link Manifest}.
 *
 * <pre>{@code
 * CorpusReader corpus = CorpusReader.open(Path.of("seeds"));
 * for (CorpusFile file : corpus.files()) {
 *   Article article = corpus.read(file).article();
 * }
 * }</pre>
 *
 * Thread-safe once opened: {@link #read} may run for several files at once.
 */
public final class CorpusReader {
  /** Files larger than this are skipped: no news article is anywhere near it. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private final Path root;
  private final Manifest manifest;
  private final ArticleParser parser = new ArticleParser();

  private CorpusReader(Path root, Manifest manifest) {
    this.root = root;
    this.manifest = manifest;
  }

  /**
   * @throws CorpusException when the folder does not exist, is not a folder, or has a malformed manifest
   */
  public static CorpusReader open(Path folder) {
    if (!Files.exists(folder)) {
      throw new CorpusException(folder, "no such folder");
    }
    if (!Files.isDirectory(folder)) {
      throw new CorpusException(folder, "not a folder; give the folder that holds the .txt articles");
    }
    return new CorpusReader(folder, Manifest.of(folder));
  }

  public Path root() {
    return root;
  }

  public Manifest manifest() {
    return manifest;
  }

  /** The article files, sorted by relative path so indexing order never depends on the file system. */
  public List<CorpusFile> files() {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(p -> !isHidden(root.relativize(p)))
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
          .filter(p -> !Files.isDirectory(p))
          .map(this::corpusFile)
          .sorted((a, b) -> a.relativePath().compareTo(b.relativePath()))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new CorpusException(root, "cannot list the folder: " + e.getMessage());
    }
  }

  /**
   * Reads and parses one file.
   *
   * @throws InvalidArticleException when the file cannot be read or is not an article
   */
  public ArticleFile read(CorpusFile file) {
    byte[] bytes;
    try {
      long size = Files.size(file.path());
      if (size > MAX_FILE_BYTES) {
        throw new InvalidArticleException(file.relativePath(), SkipReason.TOO_LARGE,
            "the file has " + size + " bytes, more than the " + MAX_FILE_BYTES + " crosscheck reads");
      }
      bytes = Files.readAllBytes(file.path());
    } catch (IOException e) {
      throw new InvalidArticleException(file.relativePath(), SkipReason.UNREADABLE, "cannot read the file: " + describe(e));
    }
    String text = TextDecoder.decode(bytes, file.relativePath());
    Optional<ManifestEntry> entry = manifest.entry(file.articleId());
    Article article = parser.parse(file.articleId(), file.relativePath(), text, entry);
    return new ArticleFile(file, article, fingerprint(bytes, article));
  }

  private CorpusFile corpusFile(Path path) {
    String relative = root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    String id = relative.substring(0, relative.length() - ".txt".length());
    return new CorpusFile(path, relative, id);
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String fingerprint(byte[] bytes, Article article) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes);
      digest.update((byte) 0);
      digest.update(article.outlet().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(article.title().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String describe(IOException e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
  }
}
