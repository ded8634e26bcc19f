package org.crosscheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
    PairArguments arguments = PairArguments.parse("SearchPairs", args);
    TiledCorpus tiled = arguments.tiled();
    // Built here, before the workers start, so that they only open them.
    Path crosscheckIndex = BenchFolders.crosscheckIndex(tiled, arguments.work());
    Path luceneIndex = BenchFolders.plainIndex(tiled, arguments.work());
    System.out.printf(Locale.ROOT, "corpus: %s, %d paragraphs; %d warm-up rounds, %d measured, %d calls per side and round%n",
        tiled.folder(), tiled.paragraphs(), arguments.warmup(), arguments.rounds(), PASSES_PER_ROUND * QueryMix.named("mix").size());
    try (WorkerJvm crosscheck = WorkerJvm.start(Turns.class, "crosscheck", crosscheckIndex.toString());
        WorkerJvm lucene = WorkerJvm.start(Turns.class, "lucene", luceneIndex.toString())) {
      List<Double> ratios = new ArrayList<>();
      for (int round = 1; round <= arguments.warmup() + arguments.rounds(); round++) {
        boolean measured = round > arguments.warmup();
        boolean crosscheckFirst = round % 2 == 1;
        Percentiles first = run(crosscheckFirst ? crosscheck : lucene, measured);
        Percentiles second = run(crosscheckFirst ? lucene : crosscheck, measured);
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
      Percentiles ours = pooled(crosscheck);
      Percentiles theirs = pooled(lucene);
      System.out.printf(Locale.ROOT, "p99 ratio (crosscheck / plain Lucene, thread CPU) over %d rounds: median %.3f, min %.3f, max %.3f%n",
          sorted.length, PairArguments.median(sorted), sorted[0], sorted[sorted.length - 1]);
      System.out.printf(Locale.ROOT, "all measured calls pooled: crosscheck p50 %.3f p99 %.3f ms, lucene p50 %.3f p99 %.3f ms: p50 ratio %.3f, p99 ratio %.3f%n",
          ours.p50(), ours.p99(), theirs.p50(), theirs.p99(), ours.p50() / theirs.p50(), ours.p99() / theirs.p99());
    }
  }

  /** The p50 and p99 of some calls' thread CPU time, in milliseconds. */
  private record Percentiles(double p50, double p99) {}

  /** One round in a worker: the mix {@link #PASSES_PER_ROUND} times; measured rounds also count in the pooled figures. */
  private static Percentiles run(WorkerJvm worker, boolean measured) throws IOException {
    return percentiles(worker.ask(measured ? "measured" : "warm-up"));
  }

  /** The percentiles of every measured call a worker made. */
  private static Percentiles pooled(WorkerJvm worker) throws IOException {
    return percentiles(worker.ask("pooled"));
  }

  private static Percentiles percentiles(String answer) {
    String[] parts = answer.split(" ");
    return new Percentiles(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
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
