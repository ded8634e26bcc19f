package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.Crosscheck;
import org.crosscheck.cli.output.BenchJson;
import org.crosscheck.cli.output.BenchTextView;
import org.crosscheck.cli.output.Format;
import org.crosscheck.cli.output.Json;
import org.crosscheck.cli.output.SameFactBenchTextView;
import org.crosscheck.eval.BenchmarkResult;
import org.crosscheck.eval.Floor;
import org.crosscheck.eval.Metric;
import org.crosscheck.eval.RelevanceBenchmark;
import org.crosscheck.eval.SameFactBenchmark;
import org.crosscheck.eval.SameFactBenchmarkResult;
import org.crosscheck.eval.SameFactFloor;
import org.crosscheck.eval.SameFactMetric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench}: runs a relevance benchmark (topics and judgments), the same-fact benchmark
 * (a gold file of facts), or both, and checks their figures against floors.
 */
@Command(
    name = "bench",
    description = {
      "Run judged topics against the index and print P@k, recall@k, nDCG@k, MAP and MRR per topic and overall.",
      "The figures equal trec_eval's (P_k, recall_k, ndcg_cut_k, map, recip_rank), averaged over every topic.",
      "With --facts, also (or only) run a same-fact gold file and print outlet-level precision, recall and F1",
      "per fact, per paragraph query and overall (floors: facts.precision, facts.recall, facts.f1, and",
      "facts.statements.* or facts.paragraphs.* for one kind of query).",
      "Exits 1 when a --min floor is missed."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--topics", paramLabel = "FILE", description = "Topics, one per line: id<TAB>query (with --qrels).")
  Path topics;

  @Option(names = "--qrels", paramLabel = "FILE", description = "Judgments in TREC qrels format: topic 0 paragraph-id grade (with --topics).")
  Path qrels;

  @Option(names = "--facts", paramLabel = "FILE", description = "A same-fact gold file (JSON, as docs/same-fact.md describes).")
  Path facts;

  @Option(names = "--min", paramLabel = "METRIC=VALUE",
      description = "A floor, such as ndcg@10=0.6, P_10=0.4 or facts.f1=0.85; repeat for several.")
  List<String> floors = List.of();

  @Option(names = "--run-out", paramLabel = "FILE", description = "Also write the run in TREC format (for trec_eval).")
  Path runOut;

  @Option(names = "--depth", paramLabel = "N", defaultValue = "" + RelevanceBenchmark.DEFAULT_DEPTH,
      description = "Hits retrieved per topic (default: ${DEFAULT-VALUE}).")
  int depth;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  /** The tag in the last column of the run file. */
  static final String RUN_TAG = "crosscheck";

  @Override
  public Integer call() {
    boolean relevance = topics != null || qrels != null;
    if (relevance && (topics == null || qrels == null)) {
      throw new ParameterException(spec.commandLine(), "--topics and --qrels go together: give both, or neither and --facts");
    }
    if (!relevance && facts == null) {
      throw new ParameterException(spec.commandLine(), "bench needs --topics and --qrels, or --facts, or all three");
    }
    if (!relevance && runOut != null) {
      throw new ParameterException(spec.commandLine(), "--run-out needs --topics and --qrels: only a relevance benchmark has a run");
    }
    List<Floor> mins = floors.stream().filter(f -> !SameFactMetric.isNamed(f)).map(Floor::parse).toList();
    List<SameFactFloor> factMins = floors.stream().filter(SameFactMetric::isNamed).map(SameFactFloor::parse).toList();
    if (!relevance && !mins.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "the floor " + mins.getFirst() + " needs --topics and --qrels");
    }
    if (facts == null && !factMins.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "the floor " + factMins.getFirst() + " needs --facts");
    }
    RelevanceBenchmark benchmark = relevance ? RelevanceBenchmark.load(topics, qrels).withDepth(depth) : null;
    SameFactBenchmark factBenchmark = facts != null ? SameFactBenchmark.load(facts) : null;
    BenchmarkResult result = null;
    SameFactBenchmarkResult factResult = null;
    try (Crosscheck crosscheck = index.openForReading(spec.commandLine().getErr())) {
      if (benchmark != null) {
        result = benchmark.run(crosscheck);
      }
      if (factBenchmark != null) {
        factResult = factBenchmark.run(crosscheck);
      }
    }
    if (runOut != null && result != null) {
      result.run().write(runOut, RUN_TAG);
    }
    List<Metric> shown = new ArrayList<>(Metric.STANDARD);
    mins.stream().map(Floor::metric).filter(m -> !shown.contains(m)).forEach(shown::add);
    var out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(Json.write(BenchJson.of(result, shown, mins, factResult, factMins)));
    } else {
      if (result != null) {
        BenchTextView.print(result, shown, mins, out);
      }
      if (factResult != null) {
        if (result != null) {
          out.println();
        }
        SameFactBenchTextView.print(factResult, factMins, out);
      }
    }
    out.flush();
    boolean missed = (result != null && !result.missed(mins).isEmpty()) || (factResult != null && !factResult.missed(factMins).isEmpty());
    return missed ? ExitCode.FAILURE : ExitCode.OK;
  }
}
