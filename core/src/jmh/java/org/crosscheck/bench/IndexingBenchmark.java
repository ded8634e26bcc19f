package org.crosscheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.crosscheck.Crosscheck;
import org.crosscheck.index.IndexListener;
import org.crosscheck.index.IndexReport;
import org.crosscheck.index.IndexingOptions;
import org.crosscheck.ingest.OutletRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Indexing throughput: a whole tiled corpus indexed from its files into an empty index folder, by
 * crosscheck's pipeline ({@link Crosscheck#index}: read, parse, detect boilerplate, split sentences,
 * extract entities, write two analysed text fields, the entity fields and the stored and doc-values
 * fields of the schema), by the same without entity extraction, and by the {@link PlainLucene}
 * baseline, in one run. crosscheck writes articles on {@link #threads} threads (the reading thread
 * parses meanwhile); the baseline is single-threaded, as a developer would write it. The score is
 * seconds per corpus; each iteration also prints paragraphs/s and MB/s (wall), its process CPU time
 * and the machine's load average, since the benchmark machine is shared.
 *
 * <p>Every fork runs with {@code -Xmx1g}, so the million-paragraph run also shows that crosscheck
 * indexes a million paragraphs in a 1 GB heap; each fork prints the peak heap it used.
 *
 * <pre>
 * java -jar core/target/jmh/benchmarks.jar IndexingBenchmark -p corpus=/work/shared/corpora/bbc -p paragraphs=100000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class IndexingBenchmark {
  /** The source corpus folder; required. */
  @Param({""})
  public String corpus;

  /** Where tiled corpora and indexes go; empty for the temporary folder. */
  @Param({""})
  public String work;

  /** About how many paragraphs the tiled corpus holds. */
  @Param({"10000", "100000", "1000000"})
  public long paragraphs;

  /**
   * {@code crosscheck} (its whole indexing pipeline, entities on), {@code crosscheck-no-entities}
   * (entity extraction off) or {@code lucene} (the plain baseline).
   */
  @Param({"crosscheck", "crosscheck-no-entities", "lucene"})
  public String pipeline;

  /** crosscheck's indexing threads; 0 for its default, one per available processor. The baseline always uses one. */
  @Param({"0"})
  public int threads;

  private final HeapWatcher heap = new HeapWatcher();
  private long cpuAtStart;
  private long wallAtStart;
  private TiledCorpus tiled;
  private Path index;

  @Setup(Level.Trial)
  public void tile() {
    tiled = TiledCorpus.of(BenchFolders.corpus(corpus), paragraphs, BenchFolders.work(work).resolve("corpora"));
    System.out.printf(Locale.ROOT, "%ncorpus: %s = %d copies of %s, %d paragraphs (crosscheck's count), %.1f MB of text%n",
        tiled.folder(), tiled.copies(), tiled.source(), tiled.paragraphs(), tiled.bytes() / 1e6);
  }

  @Setup(Level.Iteration)
  public void emptyIndex() throws IOException {
    index = Files.createTempDirectory(Files.createDirectories(BenchFolders.work(work).resolve("scratch")), pipeline + "-");
    cpuAtStart = CpuClock.process();
    wallAtStart = System.nanoTime();
  }

  /** Paragraphs the last iteration wrote: each pipeline splits articles its own way. */
  private long written;

  @Benchmark
  public long indexCorpus() throws IOException {
    written = switch (pipeline) {
      case "crosscheck" -> crosscheck(true);
      case "crosscheck-no-entities" -> crosscheck(false);
      case "lucene" -> PlainLucene.index(tiled.files(), index);
      default -> throw new IllegalArgumentException(
          "unknown pipeline " + pipeline + "; use crosscheck, crosscheck-no-entities or lucene");
    };
    return written;
  }

  private long crosscheck(boolean entities) {
    IndexingOptions options = new IndexingOptions(entities, threadsUsed());
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      IndexReport report = crosscheck.index(tiled.folder(), OutletRule.manifestThenFolder(), options, IndexListener.NONE);
      return report.paragraphsWritten();
    }
  }

  private int threadsUsed() {
    if (pipeline.equals("lucene")) {
      return 1;
    }
    return threads == 0 ? IndexingOptions.defaultThreads() : threads;
  }

  @TearDown(Level.Iteration)
  public void deleteIndex() {
    double wallSeconds = (System.nanoTime() - wallAtStart) / 1e9;
    double cpuSeconds = (CpuClock.process() - cpuAtStart) / 1e9;
    double megabytes = tiled.bytes() / 1e6;
    System.out.printf(Locale.ROOT, " [cpu: %s on %d thread%s wrote %d paragraphs (%.1f MB) in %.3f s wall, %.3f s of process CPU time:"
            + " %.0f paragraphs/s, %.2f MB/s wall; %.0f paragraphs per CPU second; load average %.2f] ",
        pipeline, threadsUsed(), threadsUsed() == 1 ? "" : "s", written, megabytes, wallSeconds, cpuSeconds,
        written / wallSeconds, megabytes / wallSeconds, written / cpuSeconds,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    BenchFolders.delete(index);
  }

  @TearDown(Level.Trial)
  public void printPeakHeap() {
    System.out.printf(Locale.ROOT,
        "%nheap: %s indexed %d paragraphs per iteration with a max heap of %d MB; peak used %d MB (pools' peaks, garbage included), "
            + "largest heap after a GC %d MB%n",
        pipeline, written, Runtime.getRuntime().maxMemory() >> 20, heap.peakUsed() >> 20, heap.maxAfterGc() >> 20);
  }
}
