package org.crosscheck.reliability;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.crosscheck.Crosscheck;
import org.crosscheck.index.IndexReport;
import org.crosscheck.search.SearchOptions;

/**
 * Measures ingestion of the two big inputs and prints the figures: {@code big FOLDER MB} indexes
 * one article of one paragraph of MB megabytes; {@code tiny FOLDER COUNT} indexes COUNT tiny files,
 * then runs again over the unchanged folder. Run in a JVM of its own ({@link IngestionLoadTest}),
 * so the heap figure is this work's alone.
 */
public final class IngestionLoad {
  private IngestionLoad() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[1]);
    int amount = Integer.parseInt(args[2]);
    switch (args[0]) {
      case "big" -> big(folder, amount);
      case "tiny" -> tiny(folder, amount);
      default -> throw new IllegalArgumentException("big or tiny, not " + args[0]);
    }
  }

  private static void big(Path folder, int megabytes) throws IOException {
    Path corpus = Files.createDirectories(folder.resolve("big"));
    long target = megabytes * 1024L * 1024L;
    long written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(corpus.resolve("huge.txt"), StandardCharsets.UTF_8)) {
      out.write("One paragraph of " + megabytes + " MB\n\n");
      for (long sentence = 0; written < target; sentence++) {
        String line = "Sentence " + sentence + " says the harbour council voted on plan number " + (sentence % 9973)
            + " while the ferry waited. ";
        out.write(line);
        written += line.length();
      }
      out.write("\n");
    }
    resetPeaks();
    long started = System.nanoTime();
    try (Crosscheck crosscheck = Crosscheck.open(folder.resolve("big-index"))) {
      IndexReport report = crosscheck.index(corpus);
      double seconds = (System.nanoTime() - started) / 1e9;
      long searchStarted = System.nanoTime();
      long hits = crosscheck.search("\"ferry waited\"", SearchOptions.defaults().withLimit(1)).totalHits();
      System.out.println(String.format(Locale.ROOT,
          "big file: %d MB in one paragraph: indexed in %.1f s, peak heap %d MB of max %d MB, %d paragraph(s), index %d MB,"
              + " phrase search with highlighting %d ms (%d hit)",
          Files.size(corpus.resolve("huge.txt")) / (1024 * 1024), seconds, peakHeapMb(),
          Runtime.getRuntime().maxMemory() / (1024 * 1024), report.paragraphsInIndex(), sizeMb(folder.resolve("big-index")),
          (System.nanoTime() - searchStarted) / 1_000_000, hits));
    }
  }

  private static void tiny(Path folder, int count) throws IOException {
    Path corpus = folder.resolve("tiny");
    long writeStarted = System.nanoTime();
    for (int i = 0; i < count; i++) {
      Path dir = corpus.resolve(String.format("%03d", i % 1000));
      if (i < 1000) {
        Files.createDirectories(dir);
      }
      Files.writeString(dir.resolve(String.format("a%06d.txt", i)),
          "Tiny " + i + "\n\nThe council voted on plan " + i + ".\n", StandardCharsets.UTF_8);
    }
    double writeSeconds = (System.nanoTime() - writeStarted) / 1e9;
    resetPeaks();
    long started = System.nanoTime();
    try (Crosscheck crosscheck = Crosscheck.open(folder.resolve("tiny-index"))) {
      IndexReport report = crosscheck.index(corpus);
      double seconds = (System.nanoTime() - started) / 1e9;
      long peak = peakHeapMb();
      long againStarted = System.nanoTime();
      IndexReport again = crosscheck.index(corpus);
      double againSeconds = (System.nanoTime() - againStarted) / 1e9;
      System.out.println(String.format(Locale.ROOT,
          "tiny files: %d files written in %.1f s; indexed in %.1f s (%.0f files/s), peak heap %d MB of max %d MB,"
              + " %d articles, %d skipped, index %d MB; re-run over the unchanged folder %.1f s (%d unchanged)",
          count, writeSeconds, seconds, count / seconds, peak, Runtime.getRuntime().maxMemory() / (1024 * 1024),
          report.articlesIndexed(), report.skipped().size(), sizeMb(folder.resolve("tiny-index")), againSeconds,
          again.articlesUnchanged()));
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks: an upper bound on the heap in use at any one time. */
  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }

  private static long sizeMb(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / (1024 * 1024);
    }
  }
}
