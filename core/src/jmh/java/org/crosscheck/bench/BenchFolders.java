package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.crosscheck.Crosscheck;
import org.crosscheck.index.IngestionCode;
import org.crosscheck.index.Schema;

/**
 * Where benchmarks keep tiled corpora and indexes, and the indexes the search benchmarks share: one
 * crosscheck index and one plain-Lucene index per tiled corpus, built on first use and kept, so a
 * second run (or another benchmark) does not spend minutes re-indexing a million paragraphs.
 */
final class BenchFolders {
  private static final String COMPLETE = ".complete";

  private BenchFolders() {}

  /** The work folder given with {@code -p work=DIR}, or one in the temporary folder. */
  static Path work(String work) {
    return work == null || work.isBlank()
        ? Path.of(System.getProperty("java.io.tmpdir"), "crosscheck-bench")
        : Path.of(work);
  }

  /** The corpus folder given with {@code -p corpus=DIR}. */
  static Path corpus(String corpus) {
    if (corpus == null || corpus.isBlank()) {
      throw new IllegalArgumentException("give the corpus folder with -p corpus=DIR (for example /work/shared/corpora/bbc)");
    }
    return Path.of(corpus).toAbsolutePath().normalize();
  }

  /** The crosscheck index of a tiled corpus, built unless a complete one is there. */
  static Path crosscheckIndex(TiledCorpus corpus, Path work) {
    // The schema version and the ingestion code's digest are part of the name: an index written by
    // other rules (a changed analyzer keeps the version until it is bumped) is rebuilt, not reused.
    String name = "crosscheck-schema" + Schema.VERSION + "-" + IngestionCode.digest();
    Path folder = indexFolder(corpus, work, name);
    if (!Files.exists(folder.resolve(COMPLETE))) {
      deleteOtherCrosscheckIndexes(folder.getParent(), name);
      delete(folder);
      long started = System.nanoTime();
      try (Crosscheck crosscheck = Crosscheck.open(folder)) {
        crosscheck.index(corpus.folder());
      }
      markComplete(folder, started);
    }
    return folder;
  }

  /** Indexes of the same tiled corpus written by other crosscheck code: stale, and each as big as the corpus. */
  private static void deleteOtherCrosscheckIndexes(Path parent, String keep) {
    if (!Files.isDirectory(parent)) {
      return;
    }
    try (var folders = Files.list(parent)) {
      folders.filter(f -> f.getFileName().toString().startsWith("crosscheck-") && !f.getFileName().toString().equals(keep))
          .forEach(BenchFolders::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The plain-Lucene index of a tiled corpus, built unless a complete one is there. */
  static Path plainIndex(TiledCorpus corpus, Path work) {
    Path folder = indexFolder(corpus, work, "lucene");
    if (!Files.exists(folder.resolve(COMPLETE))) {
      delete(folder);
      long started = System.nanoTime();
      try {
        PlainLucene.index(corpus.files(), folder);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      markComplete(folder, started);
    }
    return folder;
  }

  private static Path indexFolder(TiledCorpus corpus, Path work, String engine) {
    return work.resolve("indexes").resolve(corpus.folder().getFileName().toString()).resolve(engine);
  }

  private static void markComplete(Path folder, long started) {
    try {
      Files.writeString(folder.resolve(COMPLETE), "built in " + (System.nanoTime() - started) / 1_000_000 + " ms\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a folder and everything in it; symbolic links are removed, never followed. */
  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
