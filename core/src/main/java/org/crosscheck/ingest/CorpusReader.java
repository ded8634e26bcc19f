package org.crosscheck.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.CorpusException;
import org.crosscheck.InvalidArticleException;
import org.crosscheck.internal.Check;

/**
 * Reads a corpus: every {@code .txt} article and every {@code .jsonl} file of articles below a folder
 * (hidden files and folders excepted), in the order of their paths, with outlets and titles from the
 * folder's {@link Manifest} and outlets chosen by an {@link OutletRule}. A single {@code .jsonl} file
 * is a corpus too.
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
  /** JSON Lines files of articles may be larger than one article: a day of a scraper's output. */
  public static final long MAX_JSON_LINES_BYTES = 4L * 1024 * 1024 * 1024;

  static final String TEXT_SUFFIX = ".txt";
  static final String JSON_LINES_SUFFIX = ".jsonl";

  /** A corpus's own notes are not articles (the BBC set has a README.TXT beside its folders). */
  private static final Set<String> CORPUS_NOTES = Set.of("readme.txt", "license.txt", "licence.txt");

  private final Path root;
  private final Path onlyFile;
  private final Manifest manifest;
  private final OutletRule outletRule;
  private final ArticleParser parser = new ArticleParser();

  private CorpusReader(Path root, Path onlyFile, Manifest manifest, OutletRule outletRule) {
    this.root = root;
    this.onlyFile = onlyFile;
    this.manifest = manifest;
    this.outletRule = outletRule;
  }

  /**
   * Opens a corpus folder with the default outlet rule.
   *
   * @throws CorpusException when the folder does not exist, is not a folder, or has a malformed manifest
   */
  public static CorpusReader open(Path folder) {
    return open(folder, OutletRule.manifestThenFolder());
  }

  /**
   * Opens a corpus folder, or a single {@code .jsonl} file.
   *
   * @throws CorpusException when the path does not exist, is neither a folder nor a {@code .jsonl}
   *     file, or the folder has a malformed manifest
   */
  public static CorpusReader open(Path folderOrFile, OutletRule outletRule) {
    Check.notNull(outletRule, "outletRule");
    if (!Files.exists(folderOrFile)) {
      throw new CorpusException(folderOrFile, "no such folder");
    }
    if (Files.isRegularFile(folderOrFile) && isJsonLines(folderOrFile.getFileName().toString())) {
      Path file = folderOrFile.toAbsolutePath().normalize();
      return new CorpusReader(file.getParent(), file, Manifest.empty(), outletRule);
    }
    if (!Files.isDirectory(folderOrFile)) {
      throw new CorpusException(folderOrFile, "not a folder; give the folder that holds the .txt articles, or a .jsonl file");
    }
    return new CorpusReader(folderOrFile, null, Manifest.of(folderOrFile), outletRule);
  }

  public Path root() {
    return root;
  }

  public Manifest manifest() {
    return manifest;
  }

  public OutletRule outletRule() {
    return outletRule;
  }

  /** The article files, sorted by relative path so indexing order never depends on the file system. */
  public List<CorpusFile> files() {
    if (onlyFile != null) {
      return List.of(corpusFile(onlyFile));
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(p -> !isHidden(root.relativize(p)))
          .filter(p -> isCorpusFileName(p.getFileName().toString()))
          .filter(p -> !Files.isDirectory(p))
          .map(this::corpusFile)
          .sorted((a, b) -> a.relativePath().compareTo(b.relativePath()))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new CorpusException(root, "cannot list the folder: " + e.getMessage());
    }
  }

  /** Whether a file of this name is read as articles (used by the watcher to ignore other files). */
  public static boolean isCorpusFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return (lower.endsWith(TEXT_SUFFIX) && !CORPUS_NOTES.contains(lower)) || isJsonLines(lower);
  }

  /**
   * Reads and parses one {@code .txt} file.
   *
   * @throws InvalidArticleException when the file cannot be read or is not an article
   */
  public ArticleFile read(CorpusFile file) {
    if (file.isJsonLines()) {
      throw new IllegalArgumentException(file.relativePath() + " holds many articles; read it with read(file, sink)");
    }
    byte[] bytes = readBytes(file, MAX_FILE_BYTES);
    DecodedText decoded = TextDecoder.decodeText(bytes, file.relativePath());
    String text = decoded.text();
    Optional<ManifestEntry> listed = manifest.entry(file.articleId());
    String outlet = outletRule.outletOf(listed.flatMap(ManifestEntry::outletIfKnown), file.relativePath());
    ManifestEntry entry = listed
        .map(e -> new ManifestEntry(e.articleId(), outlet, e.title(), e.date(), e.url()))
        .orElseGet(() -> new ManifestEntry(file.articleId(), outlet, null, null, null));
    Article article = parser.parse(file.articleId(), file.relativePath(), text, Optional.of(entry));
    return new ArticleFile(file, article, fingerprint(bytes, article), decoded.warnings());
  }

  /** Receives what one corpus file yields: articles, and the pieces that could not be read. */
  public interface ArticleSink {
    /**
     * @param article an article read
     * @param bytes how many bytes of the file it took, for progress
     */
    void article(ArticleFile article, long bytes);

    /**
     * @param articleId the id of the article that could not be read, when it is known
     * @param problem what is wrong, naming the file (and line)
     * @param bytes how many bytes of the file it took, for progress
     */
    void skipped(Optional<String> articleId, InvalidArticleException problem, long bytes);
  }

  /** Reads every article of one file, a {@code .txt} article or a {@code .jsonl} file, into {@code sink}. */
  public void read(CorpusFile file, ArticleSink sink) {
    if (!file.isJsonLines()) {
      long size = sizeOf(file);
      try {
        sink.article(read(file), size);
      } catch (InvalidArticleException e) {
        sink.skipped(Optional.of(file.articleId()), e, size);
      }
      return;
    }
    byte[] bytes;
    try {
      bytes = readBytes(file, MAX_JSON_LINES_BYTES);
    } catch (InvalidArticleException e) {
      sink.skipped(Optional.empty(), e, sizeOf(file));
      return;
    }
    JsonLines.forEachLine(bytes, (lineNumber, line) -> {
      long taken = line.length + 1L;
      String where = file.relativePath() + " line " + lineNumber;
      JsonLines.Record record;
      try {
        record = JsonLines.parse(line, where);
      } catch (InvalidArticleException e) {
        sink.skipped(JsonLines.idIn(line), e, taken);
        return;
      }
      try {
        String outlet = outletRule.outletOf(Optional.ofNullable(record.outlet()), file.relativePath());
        ManifestEntry entry = new ManifestEntry(record.id(), outlet, record.title(), record.date(), record.url());
        Article parsed = parser.parse(record.id(), file.relativePath(), record.text(), Optional.of(entry));
        // Messages name the line; the index names the file, since lines move as a file grows.
        sink.article(new ArticleFile(file, parsed, fingerprint(line, parsed)), taken);
      } catch (InvalidArticleException e) {
        sink.skipped(Optional.of(record.id()), new InvalidArticleException(where, e.reason(), detailOf(e)), taken);
      }
    });
  }

  /** The bytes a file will take to read, for progress; 0 when it cannot be told. */
  public static long sizeOf(CorpusFile file) {
    try {
      return Files.size(file.path());
    } catch (IOException e) {
      return 0;
    }
  }

  /** One whole version of the file, or a skip: see {@link FileBytes} for pipes, links, changes while read. */
  private static byte[] readBytes(CorpusFile file, long max) {
    return FileBytes.read(file.path(), file.relativePath(), max);
  }

  private static String detailOf(InvalidArticleException e) {
    String prefix = e.source() + ": ";
    return e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
  }

  private CorpusFile corpusFile(Path path) {
    String relative = root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    String suffix = isJsonLines(relative) ? JSON_LINES_SUFFIX : TEXT_SUFFIX;
    String id = relative.substring(0, relative.length() - suffix.length());
    return new CorpusFile(path, relative, id);
  }

  private static boolean isJsonLines(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(JSON_LINES_SUFFIX);
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Changes exactly when re-indexing could give a different result: bytes, outlet, title, date, url or file. */
  private static String fingerprint(byte[] bytes, Article article) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes);
      for (String part : List.of(article.outlet(), article.title(), article.date(), article.url(), article.source())) {
        digest.update((byte) 0);
        digest.update(part.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
