package org.crosscheck.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.Crosscheck;
import org.crosscheck.cli.output.FactsJson;
import org.crosscheck.cli.output.FactsTextView;
import org.crosscheck.cli.output.Json;
import org.crosscheck.facts.CorpusFact;
import org.crosscheck.facts.FactsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crosscheck facts}: the statements of the corpus grouped across outlets. */
@Command(
    name = "facts",
    description = "Group the statements of the whole corpus across outlets and list them by how many outlets make each,"
        + " with a representative sentence and the outlets. --unique lists the claims only one outlet makes.")
final class FactsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--min-outlets", paramLabel = "N", defaultValue = "2",
      description = "Only facts that at least N outlets report (default: ${DEFAULT-VALUE}).")
  int minOutlets;

  @Option(names = "--unique", description = "List the claims that only one outlet makes instead.")
  boolean unique;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    if (minOutlets < 1) {
      throw new ParameterException(spec.commandLine(), "--min-outlets must be 1 or more, got " + minOutlets);
    }
    FactsReport report;
    try (IndexLease lease = index.lease(spec.commandLine().getErr())) {
      Crosscheck crosscheck = lease.crosscheck();
      report = crosscheck.facts();
    }
    List<CorpusFact> facts = unique ? report.uniqueClaims() : report.factsWithAtLeast(minOutlets);
    var out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.write(FactsJson.of(report.outletCount(), unique, minOutlets, facts)));
      out.flush();
    } else {
      new FactsTextView(output.style()).print(report.outletCount(), unique, minOutlets, facts, out);
    }
    return ExitCode.OK;
  }
}
