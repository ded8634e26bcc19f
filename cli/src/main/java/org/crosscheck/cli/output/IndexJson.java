package org.crosscheck.cli.output;

import java.util.List;
import org.crosscheck.index.IndexReport;

/** The JSON form of an indexing report. */
public record IndexJson(
    String corpus, String index, int articlesIndexed, int added, int updated, int unchanged, int removed,
    int paragraphsWritten, int boilerplateWritten, int paragraphsInIndex, long millis, List<Skipped> skipped, List<Warning> warnings) {

  public record Skipped(String file, String reason, String message) {}

  /** A file indexed though not read exactly as written; {@code byteOffset} is the first bad byte's. */
  public record Warning(String file, String kind, long byteOffset, String message) {}

  public static IndexJson of(IndexReport report, java.nio.file.Path index) {
    return new IndexJson(report.corpus().toString(), index.toString(), report.articlesIndexed(), report.articlesAdded(),
        report.articlesUpdated(), report.articlesUnchanged(), report.articlesRemoved(), report.paragraphsWritten(),
        report.boilerplateWritten(), report.paragraphsInIndex(), report.took().toMillis(),
        report.skipped().stream().map(s -> new Skipped(s.source(), s.reason().label(), s.message())).toList(),
        report.warnings().stream().map(w -> new Warning(w.source(), w.kind().label(), w.byteOffset(), w.message())).toList());
  }
}
