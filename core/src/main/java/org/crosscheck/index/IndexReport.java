package org.crosscheck.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.ingest.FileWarning;
import org.crosscheck.ingest.SkipReason;
import org.crosscheck.ingest.WarningKind;

/**
 * What one indexing run did. Immutable.
 *
 * @param corpus the folder that was indexed
 * @param articlesAdded articles new to the index
 * @param articlesUpdated articles whose file or manifest entry changed, re-indexed
 * @param articlesUnchanged articles already indexed as they are, left alone
 * @param articlesRemoved articles whose file is gone, their paragraphs deleted
 * @param paragraphsWritten paragraphs written by this run (added and updated articles)
 * @param boilerplateWritten of those, how many were set aside as boilerplate
 * @param paragraphsInIndex paragraphs the index holds after the run
 * @param skipped files that were not indexed, with the reason for each
 * @param warnings files that were indexed but not read exactly as written (not UTF-8), one line each
 * @param took how long the run took
 */
public record IndexReport(
    Path corpus,
    int articlesAdded,
    int articlesUpdated,
    int articlesUnchanged,
    int articlesRemoved,
    int paragraphsWritten,
    int boilerplateWritten,
    int paragraphsInIndex,
    List<SkippedFile> skipped,
    List<FileWarning> warnings,
    Duration took) {

  public IndexReport {
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }

  /** A report of a run that read every file cleanly. */
  public IndexReport(Path corpus, int articlesAdded, int articlesUpdated, int articlesUnchanged, int articlesRemoved,
      int paragraphsWritten, int boilerplateWritten, int paragraphsInIndex, List<SkippedFile> skipped, Duration took) {
    this(corpus, articlesAdded, articlesUpdated, articlesUnchanged, articlesRemoved, paragraphsWritten, boilerplateWritten,
        paragraphsInIndex, skipped, List.of(), took);
  }

  /** Articles of the corpus that the index now holds. */
  public int articlesIndexed() {
    return articlesAdded + articlesUpdated + articlesUnchanged;
  }

  /** How many files were skipped for each reason. */
  public Map<SkipReason, Integer> skippedByReason() {
    Map<SkipReason, Integer> counts = new TreeMap<>();
    for (SkippedFile file : skipped) {
      counts.merge(file.reason(), 1, Integer::sum);
    }
    return counts;
  }

  /** How many files were read with a warning, for each kind. */
  public Map<WarningKind, Integer> warningsByKind() {
    Map<WarningKind, Integer> counts = new TreeMap<>();
    for (FileWarning warning : warnings) {
      counts.merge(warning.kind(), 1, Integer::sum);
    }
    return counts;
  }
}
