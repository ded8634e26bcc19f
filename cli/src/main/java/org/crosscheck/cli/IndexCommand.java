package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.Crosscheck;
import org.crosscheck.cli.output.Format;
import org.crosscheck.cli.output.IndexJson;
import org.crosscheck.cli.output.IndexReportView;
import org.crosscheck.cli.output.Json;
import org.crosscheck.cli.setup.SeedCorpus;
import org.crosscheck.index.IndexReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosscheck index [DIR]}: makes the index mirror a folder of articles. */
@Command(
    name = "index",
    description = {
      "Index a folder of .txt articles (a title line, then paragraphs), one document per paragraph.",
      "The index mirrors the folder: new and changed files are indexed, removed ones deleted, unchanged ones skipped.",
      "Outlets and titles come from the folder's manifest.csv (columns id or file, outlet, title) when it has one."
    })
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Folder of articles (default: the bundled seeds).")
  Path corpus;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    Path folder = corpus != null ? corpus : SeedCorpus.folder();
    IndexReport report;
    try (Crosscheck crosscheck = index.openForWriting()) {
      report = crosscheck.index(folder);
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (format == Format.JSON) {
      out.println(Json.write(IndexJson.of(report, index.location())));
      out.flush();
      report.skipped().forEach(s -> err.println("crosscheck: skipped " + s.message()));
      err.flush();
    } else {
      IndexReportView.print(report, index.location(), out, err);
    }
    return report.skipped().isEmpty() ? ExitCode.OK : ExitCode.USAGE;
  }
}
