package org.crosscheck.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The command line the pair benchmarks ({@link IndexingPairs}, {@link SearchPairs}) share:
 * {@code CORPUS PARAGRAPHS WARMUP_ROUNDS ROUNDS WORK_FOLDER}, then any other benchmark jars to run
 * beside this one, where the benchmark takes them, and the median they report.
 *
 * @param corpus the source corpus folder
 * @param tiled the corpus tiled to about the paragraphs asked for, in the work folder
 * @param warmup rounds run before the measured ones
 * @param rounds measured rounds
 * @param work the work folder: tiled corpora, indexes, scratch
 * @param otherJars benchmark jars of other versions of crosscheck, to measure in the same rounds
 */
record PairArguments(Path corpus, TiledCorpus tiled, int warmup, int rounds, Path work, List<Path> otherJars) {
  /** Reads the arguments, or prints the usage and exits with 2 when their count is wrong. */
  static PairArguments parse(String benchmark, String[] args) {
    return parse(benchmark, args, false);
  }

  /** As {@link #parse(String, String[])}, with jars after the work folder when {@code takesJars}. */
  static PairArguments parse(String benchmark, String[] args, boolean takesJars) {
    if (args.length < 5 || (!takesJars && args.length > 5)) {
      System.err.println("usage: " + benchmark + " CORPUS PARAGRAPHS WARMUP_ROUNDS ROUNDS WORK_FOLDER" + (takesJars ? " [OTHER_JAR ...]" : ""));
      System.exit(2);
    }
    Path corpus = BenchFolders.corpus(args[0]);
    Path work = BenchFolders.work(args[4]);
    TiledCorpus tiled = TiledCorpus.of(corpus, Long.parseLong(args[1]), work.resolve("corpora"));
    List<Path> otherJars = Arrays.stream(args, 5, args.length).map(Path::of).toList();
    return new PairArguments(corpus, tiled, Integer.parseInt(args[2]), Integer.parseInt(args[3]), work, otherJars);
  }

  /** The median of values sorted in ascending order. */
  static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
