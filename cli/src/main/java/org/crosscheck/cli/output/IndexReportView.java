package org.crosscheck.cli.output;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.crosscheck.index.IndexReport;
import org.crosscheck.index.SkippedFile;
import org.crosscheck.ingest.FileWarning;

/** The summary of an indexing run, and one line per skipped file. */
public final class IndexReportView {
  private IndexReportView() {}

  public static void print(IndexReport report, Path index, PrintWriter out, PrintWriter err) {
    double seconds = report.took().toMillis() / 1000.0;
    out.println(String.format(Locale.ROOT, "Indexed %d %s from %s into %s in %.1f s%s",
        report.articlesIndexed(), report.articlesIndexed() == 1 ? "article" : "articles", report.corpus(), index,
        seconds, report.paragraphsWritten() > 0 && seconds > 0
            ? String.format(Locale.ROOT, " (%.0f paragraphs/s)", report.paragraphsWritten() / seconds) : ""));
    out.println(String.format(Locale.ROOT,
        "  %d added, %d updated, %d unchanged, %d removed; %d paragraphs written, %d of them boilerplate set aside; %d paragraphs in the index",
        report.articlesAdded(), report.articlesUpdated(), report.articlesUnchanged(), report.articlesRemoved(),
        report.paragraphsWritten(), report.boilerplateWritten(), report.paragraphsInIndex()));
    if (!report.skipped().isEmpty()) {
      String reasons = report.skippedByReason().entrySet().stream()
          .map(e -> e.getKey().label() + ": " + e.getValue())
          .collect(Collectors.joining(", "));
      out.println("  " + report.skipped().size() + (report.skipped().size() == 1 ? " file skipped" : " files skipped")
          + " (" + reasons + "); anything indexed from them before is kept");
    }
    if (!report.warnings().isEmpty()) {
      String kinds = report.warningsByKind().entrySet().stream()
          .map(e -> e.getKey().label() + ": " + e.getValue())
          .collect(Collectors.joining(", "));
      out.println("  " + report.warnings().size() + (report.warnings().size() == 1 ? " file" : " files")
          + " indexed with a warning (" + kinds + "); not UTF-8, each line below names the first bad byte");
    }
    out.flush();
    for (SkippedFile skipped : report.skipped()) {
      err.println("crosscheck: skipped " + skipped.message());
    }
    for (FileWarning warning : report.warnings()) {
      err.println("crosscheck: warning: " + warning.message());
    }
    err.flush();
  }
}
