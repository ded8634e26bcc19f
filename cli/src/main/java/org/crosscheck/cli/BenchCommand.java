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
import org.crosscheck.eval.BenchmarkResult;
import org.crosscheck.eval.Floor;
import org.crosscheck.eval.Metric;
import org.crosscheck.eval.RelevanceBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck bench}: runs a relevance benchmark and checks its figures against floors. */
@Command(
    name = "bench",
    description = {
      "Run judged topics against the index and print P@k, recall@k, nDCG@k, MAP and MRR per topic and overall.",
      "The figures equal trec_eval's (P_k, recall_k, ndcg_cut_k, map, recip_rank), averaged over every topic.",
      "Exits 1 when a --min floor is missed."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--topics", required = true, paramLabel = "FILE", description = "Topics, one per line: id<TAB>query.")
  Path topics;

  @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "Judgments in TREC qrels format: topic 0 paragraph-id grade.")
  Path qrels;

  @Option(names = "--min", paramLabel = "METRIC=VALUE",
      description = "A floor for a metric's mean, such as ndcg@10=0.6 or P_10=0.4; repeat for several.")
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
    List<Floor> mins = floors.stream().map(Floor::parse).toList();
    RelevanceBenchmark benchmark = RelevanceBenchmark.load(topics, qrels).withDepth(depth);
    BenchmarkResult result;
    try (Crosscheck crosscheck = index.openForReading(spec.commandLine().getErr())) {
      result = benchmark.run(crosscheck);
    }
    if (runOut != null) {
      result.run().write(runOut, RUN_TAG);
    }
    List<Metric> shown = new ArrayList<>(Metric.STANDARD);
    mins.stream().map(Floor::metric).filter(m -> !shown.contains(m)).forEach(shown::add);
    var out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(Json.write(BenchJson.of(result, shown, mins)));
    } else {
      BenchTextView.print(result, shown, mins, out);
    }
    out.flush();
    return result.missed(mins).isEmpty() ? ExitCode.OK : ExitCode.FAILURE;
  }
}
