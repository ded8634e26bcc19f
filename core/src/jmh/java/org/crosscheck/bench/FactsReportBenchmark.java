package org.crosscheck.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.crosscheck.Crosscheck;
import org.crosscheck.facts.FactsReport;
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
 * Facts-report time: {@link Crosscheck#facts()} over a whole tiled corpus's index (the same cached
 * index the search benchmarks use). The target is absolute: under 60 s for 100k paragraphs. Each
 * iteration also prints the CPU time of the calling thread and of the whole JVM (the report runs on
 * every core, so the process figure is its cost), and the fork prints the heap it used.
 *
 * <pre>
 * java -jar core/target/jmh/benchmarks.jar FactsReportBenchmark -p corpus=/work/shared/corpora/bbc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class FactsReportBenchmark {
  /** The source corpus folder; required. */
  @Param({""})
  public String corpus;

  /** Where tiled corpora and indexes go; empty for the temporary folder. */
  @Param({""})
  public String work;

  /** About how many paragraphs the tiled corpus holds. */
  @Param({"100000"})
  public long paragraphs;

  private final HeapWatcher heap = new HeapWatcher();
  private Crosscheck crosscheck;
  private long cpuAtStart;
  private long processCpuAtStart;
  private FactsReport last;

  @Setup(Level.Trial)
  public void openIndex() {
    Path workFolder = BenchFolders.work(work);
    TiledCorpus tiled = TiledCorpus.of(BenchFolders.corpus(corpus), paragraphs, workFolder.resolve("corpora"));
    crosscheck = Crosscheck.open(BenchFolders.crosscheckIndex(tiled, workFolder));
    System.out.printf(Locale.ROOT, "%nindex: %d paragraphs, %d outlets (%s)%n",
        crosscheck.paragraphCount(), crosscheck.outlets().size(), tiled.folder());
  }

  @Setup(Level.Iteration)
  public void startClock() {
    cpuAtStart = CpuClock.thread();
    processCpuAtStart = CpuClock.process();
  }

  @Benchmark
  public FactsReport factsReport() {
    last = crosscheck.facts();
    return last;
  }

  @TearDown(Level.Iteration)
  public void printCpu() {
    System.out.printf(Locale.ROOT, " [cpu: facts report %.3f s of thread CPU time, %.3f s of process CPU time; %d facts, %d claims of one outlet] ",
        (CpuClock.thread() - cpuAtStart) / 1e9, (CpuClock.process() - processCpuAtStart) / 1e9, last.facts().size(),
        last.uniqueClaims().size());
  }

  @TearDown(Level.Trial)
  public void close() {
    crosscheck.close();
    System.out.printf(Locale.ROOT, "%nheap: max %d MB; peak used %d MB (pools' peaks, garbage included), largest heap after a GC %d MB%n",
        Runtime.getRuntime().maxMemory() >> 20, heap.peakUsed() >> 20, heap.maxAfterGc() >> 20);
  }
}
