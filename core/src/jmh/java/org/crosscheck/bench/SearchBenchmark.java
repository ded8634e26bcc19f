package org.crosscheck.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.crosscheck.Crosscheck;
import org.crosscheck.facts.SameFactResult;
import org.crosscheck.search.SearchOptions;
import org.crosscheck.search.SearchResults;
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
 * Search plus highlighting latency: each call runs the next query of a fixed {@link QueryMix} and
 * highlights its ten best hits, through {@link Crosscheck#search(String)} (parse, filter out
 * boilerplate, rank with ties broken by id, hits counted exactly up to a thousand as Lucene counts
 * them, two sentence passages per hit, stored paragraph) and through the {@link PlainLucene}
 * baseline (classic parser, top ten, UnifiedHighlighter's two best passages) on the same
 * paragraphs. JMH's sample mode reports the p50 and p99 of the calls.
 *
 * <pre>
 * java -jar core/target/benchmarks.jar SearchBenchmark -p corpus=/work/shared/corpora/bbc -p paragraphs=100000
 * </pre>
 *
 * {@link #sameFact()} measures the same-fact query on the same crosscheck index.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SearchBenchmark {
  /** The source corpus folder; required. */
  @Param({""})
  public String corpus;

  /** Where tiled corpora and indexes go; empty for the temporary folder. */
  @Param({""})
  public String work;

  /** About how many paragraphs the tiled corpus holds. */
  @Param({"10000", "100000", "1000000"})
  public long paragraphs;

  /** {@code mix} for all queries, or one kind: {@code term}, {@code phrase}, {@code boolean}, {@code field}. */
  @Param({"mix"})
  public String queries;

  private Crosscheck crosscheck;
  private PlainLucene.Searcher lucene;
  private List<String> mix;
  private int next;
  private final CpuClock.Samples crosscheckCpu = new CpuClock.Samples();
  private final CpuClock.Samples luceneCpu = new CpuClock.Samples();
  private final CpuClock.Samples sameFactCpu = new CpuClock.Samples();
  private int nextStatement;

  /** Statements the BBC articles make, in a reader's words, from a headline figure to a vague claim. */
  static final List<String> SAME_FACT_STATEMENTS = List.of(
      "Quarterly profits at Time Warner jumped 76% to $1.13bn",
      "Oil prices rose above $50 a barrel",
      "Tony Blair is expected to call a general election in May",
      "Google shares rose sharply after its results",
      "Chelsea beat Arsenal");

  @Setup(Level.Trial)
  public void openIndexes() throws IOException {
    Path workFolder = BenchFolders.work(work);
    TiledCorpus tiled = TiledCorpus.of(BenchFolders.corpus(corpus), paragraphs, workFolder.resolve("corpora"));
    crosscheck = Crosscheck.open(BenchFolders.crosscheckIndex(tiled, workFolder));
    lucene = new PlainLucene.Searcher(BenchFolders.plainIndex(tiled, workFolder));
    mix = QueryMix.named(queries);
    System.out.printf(Locale.ROOT, "%nindexes: %d paragraphs in crosscheck's, %d in plain Lucene's (%s)%n",
        crosscheck.paragraphCount(), lucene.paragraphs(), tiled.folder());
    for (String query : mix) {
      System.out.printf(Locale.ROOT, "  %-32s matches %8d paragraphs in crosscheck, %8d in plain Lucene%n",
          query, crosscheck.search(query, SearchOptions.defaults().withExactCount(true)).totalHits(), lucene.count(query));
    }
  }

  private String nextQuery() {
    String query = mix.get(next);
    next = (next + 1) % mix.size();
    return query;
  }

  @Benchmark
  public SearchResults crosscheck() {
    long cpu = CpuClock.thread();
    SearchResults results = crosscheck.search(nextQuery());
    crosscheckCpu.add(CpuClock.thread() - cpu);
    return results;
  }

  @Benchmark
  public String[] lucene() throws IOException {
    long cpu = CpuClock.thread();
    String[] snippets = lucene.search(nextQuery());
    luceneCpu.add(CpuClock.thread() - cpu);
    return snippets;
  }

  /** Warm-up calls do not count in the CPU-time percentiles, as they do not in JMH's. */
  @Setup(Level.Iteration)
  public void startIteration(org.openjdk.jmh.infra.IterationParams iteration) {
    if (iteration.getType() == org.openjdk.jmh.runner.IterationType.WARMUP) {
      crosscheckCpu.clear();
      luceneCpu.clear();
      sameFactCpu.clear();
    }
  }

  /**
   * Same-fact latency: each call asks which outlets report the next statement of a fixed mix
   * ({@link Crosscheck#sameFact(String)}). There is no plain-Lucene counterpart; its target is an
   * absolute one (p99 under 100 ms at a million paragraphs, less than 3x growth from 100k).
   */
  @Benchmark
  public SameFactResult sameFact() {
    long cpu = CpuClock.thread();
    SameFactResult result = crosscheck.sameFact(SAME_FACT_STATEMENTS.get(nextStatement));
    nextStatement = (nextStatement + 1) % SAME_FACT_STATEMENTS.size();
    sameFactCpu.add(CpuClock.thread() - cpu);
    return result;
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    for (var entry : java.util.Map.of("crosscheck", crosscheckCpu, "lucene", luceneCpu, "sameFact", sameFactCpu).entrySet()) {
      if (entry.getValue().count() > 0) {
        System.out.printf(Locale.ROOT, "%ncpu: %s over %d measured calls: p50 %.3f ms, p99 %.3f ms of thread CPU time%n",
            entry.getKey(), entry.getValue().count(), entry.getValue().percentileMillis(50), entry.getValue().percentileMillis(99));
      }
    }
    crosscheck.close();
    lucene.close();
  }
}
