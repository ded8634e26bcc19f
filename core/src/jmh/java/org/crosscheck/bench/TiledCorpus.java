package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.crosscheck.InvalidArticleException;
import org.crosscheck.ingest.CorpusFile;
import org.crosscheck.ingest.CorpusReader;

/**
 * A benchmark corpus: a source corpus folder repeated ("tiled") until it holds about the wanted
 * number of paragraphs. Copy {@code n} lives in the sub-folder {@code tNNN/}, so every article id
 * ({@code t007/business/001}) and paragraph id is distinct while the text is the source's. The
 * copies are symbolic links to the source files, so a million paragraphs cost no disk space.
 *
 * <p>Files at the top of the source folder (a README, a manifest) are not articles and are left
 * out; articles are the {@code .txt} files in its sub-folders.
 */
public record TiledCorpus(Path source, Path folder, int copies, int paragraphsPerCopy, long bytesPerCopy, List<Path> files) {

  public TiledCorpus {
    files = List.copyOf(files);
  }

  /** Paragraphs in the tiled corpus, as crosscheck's ingestion counts them. */
  public long paragraphs() {
    return (long) copies * paragraphsPerCopy;
  }

  /** Bytes of article text in the tiled corpus (the files crosscheck reads, unreadable ones included). */
  public long bytes() {
    return copies * bytesPerCopy;
  }

  /**
   * Tiles {@code source} to about {@code wantedParagraphs} paragraphs under {@code workFolder},
   * reusing a tiling made before.
   */
  public static TiledCorpus of(Path source, long wantedParagraphs, Path workFolder) {
    if (!Files.isDirectory(source)) {
      throw new IllegalArgumentException("the corpus folder " + source + " does not exist; give it with -p corpus=DIR");
    }
    try {
      List<Path> articles = articleFiles(source);
      if (articles.isEmpty()) {
        throw new IllegalArgumentException("the corpus folder " + source + " has no .txt articles in sub-folders");
      }
      int perCopy = 0;
      long bytes = 0;
      Path single = link(source, articles, workFolder.resolve(name(source) + "-x1"), 1);
      CorpusReader reader = CorpusReader.open(single);
      for (CorpusFile file : reader.files()) {
        bytes += Files.size(file.path());
        try {
          perCopy += reader.read(file).article().paragraphs().size();
        } catch (InvalidArticleException e) {
          // Counted as crosscheck counts it: an unreadable file has no paragraphs.
        }
      }
      int copies = (int) Math.max(1, Math.round((double) wantedParagraphs / perCopy));
      Path folder = link(source, articles, workFolder.resolve(name(source) + "-x" + copies), copies);
      List<Path> files = new ArrayList<>(articles.size() * copies);
      for (int copy = 0; copy < copies; copy++) {
        for (Path article : articles) {
          files.add(folder.resolve(tile(copy)).resolve(source.relativize(article)));
        }
      }
      return new TiledCorpus(source, folder, copies, perCopy, bytes, files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> articleFiles(Path source) throws IOException {
    try (Stream<Path> paths = Files.walk(source)) {
      return paths
          .filter(p -> p.getParent() != null && !p.getParent().equals(source))
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
          .filter(p -> !isHidden(source.relativize(p)))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Makes (or finds complete) a folder of {@code copies} tiles of links to the articles. */
  private static Path link(Path source, List<Path> articles, Path folder, int copies) throws IOException {
    Path done = folder.resolve(".complete");
    if (Files.exists(done)) {
      return folder;
    }
    for (int copy = 0; copy < copies; copy++) {
      for (Path article : articles) {
        Path target = folder.resolve(tile(copy)).resolve(source.relativize(article));
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target);
        Files.createSymbolicLink(target, article.toAbsolutePath());
      }
    }
    Files.writeString(done, articles.size() + " articles x " + copies + "\n");
    return folder;
  }

  private static String tile(int copy) {
    return String.format(Locale.ROOT, "t%03d", copy);
  }

  private static String name(Path source) {
    Path name = source.toAbsolutePath().normalize().getFileName();
    return name == null ? "corpus" : name.toString();
  }
}
