package org.crosscheck.cli;

import java.util.concurrent.Callable;
import org.crosscheck.Crosscheck;
import org.crosscheck.cli.output.Json;
import org.crosscheck.cli.output.SameFactJson;
import org.crosscheck.cli.output.SameFactTextView;
import org.crosscheck.facts.SameFactOptions;
import org.crosscheck.facts.SameFactResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosscheck same-fact STATEMENT} or {@code --paragraph ID}: which outlets report a fact. */
@Command(
    name = "same-fact",
    description = "Show which outlets report a statement: per outlet the sentence that carries it (shared words marked)"
        + " or \"not reported\", a verdict (reported by 4 of 5 outlets), the wording variants and the discrepancies"
        + " (other numbers or other quoted words). With --paragraph, start from a paragraph of the index; its own"
        + " outlet is then left out.")
final class SameFactCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Query query;

  static final class Query {
    @Parameters(index = "0", paramLabel = "STATEMENT", description = "The statement in your own words; quote it for the shell.")
    String statement;

    @Option(names = "--paragraph", paramLabel = "ID", description = "A paragraph id (article:number, as search shows it) to use as the statement.")
    String paragraph;
  }

  @Option(names = "--threshold", paramLabel = "SCORE",
      description = "The score (0-1] evidence must reach to count as reporting (default: calibrated, "
          + SameFactOptions.DEFAULT_STATEMENT_THRESHOLD + " for statements, " + SameFactOptions.DEFAULT_PARAGRAPH_THRESHOLD + " for paragraphs).")
  Double threshold;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    if (threshold != null && !(threshold > 0 && threshold <= 1)) {
      throw new ParameterException(spec.commandLine(), "--threshold must be above 0 and at most 1, got " + threshold);
    }
    SameFactOptions options = threshold == null ? SameFactOptions.defaults() : SameFactOptions.defaults().withThreshold(threshold);
    SameFactResult result;
    try (IndexLease lease = index.lease(spec.commandLine().getErr())) {
      Crosscheck crosscheck = lease.crosscheck();
      result = query.paragraph != null
          ? crosscheck.sameFactAsParagraph(query.paragraph, options)
          : crosscheck.sameFact(query.statement, options);
    }
    var out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.write(SameFactJson.of(result)));
      out.flush();
    } else {
      new SameFactTextView(output.style()).print(result, out);
    }
    return ExitCode.OK;
  }
}
