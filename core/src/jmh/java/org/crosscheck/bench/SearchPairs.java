package org.crosscheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Crosscheck;

/**
 * Search + highlighting latency against plain Lucene, measured in pairs: crosscheck and the {@link
 * PlainLucene} baseline each search in a JVM of their own, kept alive, and take turns running the
 * {@link QueryMix} over the same tiled corpus, a few hundred calls each, the order swapped every
 * round. {@link SearchBenchmark} runs the two forks minutes apart, and on this shared machine a p99
 * moves by a third between two runs of the same code; here both sides of each round's ratio come
 * from the same few seconds. Two JVMs, not one, so neither side's calls shape how the JIT compiles
 * Lucene for the other.
 *
 * <pre>
 * J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
 * $J -cp core/target/jmh/benchmarks.jar org.crosscheck.bench.SearchPairs /work/shared/corpora/bbc 1000000 5 20 /tmp/bench-work
 * </pre>
 *
 * Arguments: the source corpus, about how many paragraphs to tile it to, warm-up rounds, measured
 * rounds, and the work folder (tiled corpora and indexes, shared with {@link SearchBenchmark}).
 * Each call's thread CPU time is what counts, as in {@link SearchBenchmark}. Prints every measured
 * round's p50 and p99 on both sides with the ratio of the p99s, then the median of those ratios and
 * the p50 and p99 of all measured calls pooled. The workers run with {@code -Xmx1g -Xms1g}.
 */
public final class SearchPairs {
  /** Passes over the twelve queries of the mix per side and round: 600 calls. */
  private static final int PASSES_PER_ROUND = 50;

  private SearchPairs() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: SearchPairs CORPUS PARAGRAPHS WARMUP_ROUNDS ROUNDS WORK_FOLDER");
      System.exit(2);
    }
    Path corpus = BenchFolders.corpus(args[0]);
    long paragraphs = Long.parseLong(args[1]);
    int warmup = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    Path work = BenchFolders.work(args[4]);
    TiledCorpus tiled = TiledCorpus.of(corpus, paragraphs, work.resolve("corpora"));
    // Built here, before the workers start, so that they only open them.
    Path crosscheckIndex = BenchFolders.crosscheckIndex(tiled, work);
    Path luceneIndex = BenchFolders.plainIndex(tiled, work);
    System.out.printf(Locale.ROOT, "corpus: %s, %d paragraphs; %d warm-up rounds, %d measured, %d calls per side and round%n",
        tiled.folder(), tiled.paragraphs(), warmup, rounds, PASSES_PER_ROUND * QueryMix.named("mix").size());
    try (Worker crosscheck = Worker.start("crosscheck", crosscheckIndex);
        Worker lucene = Worker.start("lucene", luceneIndex)) {
      List<Double> ratios = new ArrayList<>();
      for (int round = 1; round <= warmup + rounds; round++) {
        boolean measured = round > warmup;
        boolean crosscheckFirst = round % 2 == 1;
        Percentiles first = (crosscheckFirst ? crosscheck : lucene).run(measured);
        Percentiles second = (crosscheckFirst ? lucene : crosscheck).run(measured);
        Percentiles ours = crosscheckFirst ? first : second;
        Percentiles theirs = crosscheckFirst ? second : first;
        double ratio = ours.p99() / theirs.p99();
        if (measured) {
          ratios.add(ratio);
        }
        System.out.printf(Locale.ROOT, "%s %2d: crosscheck p50 %.3f p99 %.3f ms, lucene p50 %.3f p99 %.3f ms: p99 ratio %.3f%n",
            measured ? "round " : "warm-up", round, ours.p50(), ours.p99(), theirs.p50(), theirs.p99(), ratio);
      }
      double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      Percentiles ours = crosscheck.pooled();
      Percentiles theirs = lucene.pooled();
      System.out.printf(Locale.ROOT, "p99 ratio (crosscheck / plain Lucene, thread CPU) over %d rounds: median %.3f, min %.3f, max %.3f%n",
          sorted.length, median(sorted), sorted[0], sorted[sorted.length - 1]);
      System.out.printf(Locale.ROOT, "all measured calls pooled: crosscheck p50 %.3f p99 %.3f ms, lucene p50 %.3f p99 %.3f ms: p50 ratio %.3f, p99 ratio %.3f%n",
          ours.p50(), ours.p99(), theirs.p50(), theirs.p99(), ours.p50() / theirs.p50(), ours.p99() / theirs.p99());
    }
  }

  private static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** The p50 and p99 of some calls' thread CPU time, in milliseconds. */
  private record Percentiles(double p50, double p99) {}

  /** A worker JVM, told to run one round at a time. */
  private static final class Worker implements AutoCloseable {
    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader results;

    private Worker(Process process) {
      this.process = process;
      this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
      this.results = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static Worker start(String engine, Path index) throws IOException {
      String java = ProcessHandle.current().info().command().orElse("java");
      Process process = new ProcessBuilder(java, "-Xmx1g", "-Xms1g", "-cp", System.getProperty("java.class.path"),
          SearchPairs.class.getName() + "$Turns", engine, index.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      return new Worker(process);
    }

    /** One round: the mix {@link #PASSES_PER_ROUND} times; measured rounds also count in the pooled figures. */
    Percentiles run(boolean measured) throws IOException {
      return ask(measured ? "measured" : "warm-up");
    }

    /** The percentiles of every measured call so far. */
    Percentiles pooled() throws IOException {
      return ask("pooled");
    }

    private Percentiles ask(String command) throws IOException {
      commands.println(command);
      String line = results.readLine();
      if (line == null) {
        throw new IOException("a worker stopped (exit " + waitForExit() + ")");
      }
      String[] parts = line.split(" ");
      return new Percentiles(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
    }

    private int waitForExit() {
      try {
        return process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }

    @Override
    public void close() {
      commands.close();
      waitForExit();
    }
  }

  /** The worker's side: searches its index a round at a time and answers "p50 p99" in milliseconds of thread CPU. */
  public static final class Turns {
    private Turns() {}

    /** One search with highlighting, as each side's benchmark method runs it. */
    @FunctionalInterface
    private interface Search {
      void run(String query) throws IOException;
    }

    public static void main(String[] args) throws IOException {
      String engine = args[0];
      Path index = Path.of(args[1]);
      List<String> mix = QueryMix.named("mix");
      CpuClock.Samples round = new CpuClock.Samples();
      CpuClock.Samples pooled = new CpuClock.Samples();
      BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      try (Crosscheck crosscheck = engine.equals("crosscheck") ? Crosscheck.open(index) : null;
          PlainLucene.Searcher lucene = engine.equals("lucene") ? new PlainLucene.Searcher(index) : null) {
        Search search = crosscheck != null ? crosscheck::search : lucene::search;
        for (String command = commands.readLine(); command != null; command = commands.readLine()) {
          CpuClock.Samples answer = pooled;
          if (!command.equals("pooled")) {
            round.clear();
            for (int pass = 0; pass < PASSES_PER_ROUND; pass++) {
              for (String query : mix) {
                long cpu = CpuClock.thread();
                search.run(query);
                long spent = CpuClock.thread() - cpu;
                round.add(spent);
                if (command.equals("measured")) {
                  pooled.add(spent);
                }
              }
            }
            answer = round;
          }
          System.out.printf(Locale.ROOT, "%.4f %.4f%n", answer.percentileMillis(50), answer.percentileMillis(99));
          System.out.flush();
        }
      }
    }
  }
}
