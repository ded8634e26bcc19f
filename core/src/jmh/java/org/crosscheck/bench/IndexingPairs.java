package org.crosscheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Crosscheck;
import org.crosscheck.index.IndexListener;
import org.crosscheck.index.IndexingOptions;
import org.crosscheck.ingest.OutletRule;

/**
 * Indexing throughput against plain Lucene, measured in pairs: crosscheck's pipeline (entities on,
 * its default threads) and the {@link PlainLucene} baseline each run in a JVM of their own, kept
 * alive, and take turns indexing the same tiled corpus, one iteration each, the order swapped
 * every round. Each round gives a ratio of two runs made seconds apart, so the shared machine's
 * slow and fast phases, which move {@link IndexingBenchmark}'s figures (one pipeline's iterations
 * after the other's) by a fifth from run to run, touch both sides of a ratio alike. Two JVMs, not
 * one, so neither pipeline's code shapes how the JIT compiles Lucene for the other.
 *
 * <pre>
 * J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
 * $J -cp core/target/jmh/benchmarks.jar org.crosscheck.bench.IndexingPairs /work/shared/corpora/bbc 100000 5 10 /tmp/bench-work
 * </pre>
 *
 * Arguments: the source corpus, about how many paragraphs to tile it to, warm-up rounds, measured
 * rounds, and the work folder (tiled corpora and scratch indexes); then, optionally, the benchmark
 * jars of other versions of crosscheck, whose pipelines take their turns in the same rounds, so an
 * old and a new version meet the same phases of the machine (each side goes first in turn).
 * Prints every round and the median ratio of throughputs for each version (baseline seconds over
 * crosscheck seconds: 0.5 means half the baseline's throughput). The workers run with {@code
 * -Xmx1g -Xms1g}, as the JMH benchmarks do.
 */
public final class IndexingPairs {
  private IndexingPairs() {}

  public static void main(String[] args) throws Exception {
    PairArguments arguments = PairArguments.parse("IndexingPairs", args, true);
    TiledCorpus tiled = arguments.tiled();
    System.out.printf(Locale.ROOT, "corpus: %s, %d paragraphs, %.1f MB; %d warm-up rounds, %d measured%n",
        tiled.folder(), tiled.paragraphs(), tiled.bytes() / 1e6, arguments.warmup(), arguments.rounds());
    String[] turns = {arguments.corpus().toString(), args[1], arguments.work().toString()};
    List<Side> sides = new ArrayList<>();
    try {
      sides.add(new Side("crosscheck", WorkerJvm.start(Turns.class, with("crosscheck", turns))));
      sides.add(new Side("lucene", WorkerJvm.start(Turns.class, with("lucene", turns))));
      for (Path jar : arguments.otherJars()) {
        sides.add(new Side("crosscheck " + jar.getFileName(), WorkerJvm.start(jar.toString(), Turns.class, with("crosscheck", turns))));
      }
      Side lucene = sides.get(1);
      for (int round = 1; round <= arguments.warmup() + arguments.rounds(); round++) {
        boolean measured = round > arguments.warmup();
        for (int i = 0; i < sides.size(); i++) {
          Side side = sides.get((i + round) % sides.size()); // each side first in turn
          side.last = run(side.worker);
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %2d:", measured ? "round " : "warm-up", round));
        for (Side side : sides) {
          line.append(String.format(Locale.ROOT, "%s %s %.3f s wall (%.3f s CPU)", side == sides.getFirst() ? "" : ";",
              side.name, side.last.wallSeconds(), side.last.cpuSeconds()));
          if (side != lucene) {
            double ratio = lucene.last.wallSeconds() / side.last.wallSeconds();
            line.append(String.format(Locale.ROOT, ", ratio %.3f", ratio));
            if (measured) {
              side.ratios.add(ratio);
            }
          }
        }
        System.out.println(line);
      }
      for (Side side : sides) {
        if (side != lucene) {
          double[] sorted = side.ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
          System.out.printf(Locale.ROOT, "throughput ratio (%s / plain Lucene, wall) over %d rounds: median %.3f, mean %.3f, min %.3f, max %.3f%n",
              side.name, sorted.length, PairArguments.median(sorted), Arrays.stream(sorted).average().orElse(Double.NaN),
              sorted[0], sorted[sorted.length - 1]);
        }
      }
    } finally {
      for (Side side : sides) {
        side.worker.close();
      }
    }
  }

  /** The worker's arguments: the pipeline, then the rest. */
  private static String[] with(String pipeline, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = pipeline;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /** One side of the comparison: its worker, its last run, its measured ratios to the baseline. */
  private static final class Side {
    final String name;
    final WorkerJvm worker;
    final List<Double> ratios = new ArrayList<>();
    Run last;

    Side(String name, WorkerJvm worker) {
      this.name = name;
      this.worker = worker;
    }
  }

  /** One indexing iteration, as a worker reports it. */
  private record Run(double wallSeconds, double cpuSeconds) {}

  /** Runs one indexing iteration in a worker. */
  private static Run run(WorkerJvm worker) throws IOException {
    String[] parts = worker.ask("run").split(" ");
    return new Run(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
  }

  /** The worker's side: indexes the tiled corpus into a fresh folder each time it reads a line, and answers "wall cpu". */
  public static final class Turns {
    private Turns() {}

    public static void main(String[] args) throws IOException {
      String pipeline = args[0];
      Path work = Path.of(args[3]);
      TiledCorpus tiled = TiledCorpus.of(Path.of(args[1]), Long.parseLong(args[2]), work.resolve("corpora"));
      Path scratch = Files.createDirectories(work.resolve("scratch"));
      BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      while (commands.readLine() != null) {
        Path index = Files.createTempDirectory(scratch, pipeline + "-");
        long cpu = CpuClock.process();
        long wall = System.nanoTime();
        if (pipeline.equals("lucene")) {
          PlainLucene.index(tiled.files(), index);
        } else {
          try (Crosscheck crosscheck = Crosscheck.open(index)) {
            crosscheck.index(tiled.folder(), OutletRule.manifestThenFolder(),
                new IndexingOptions(true, IndexingOptions.defaultThreads()), IndexListener.NONE);
          }
        }
        System.out.printf(Locale.ROOT, "%.4f %.4f%n", (System.nanoTime() - wall) / 1e9, (CpuClock.process() - cpu) / 1e9);
        System.out.flush();
        BenchFolders.delete(index);
      }
    }
  }
}
