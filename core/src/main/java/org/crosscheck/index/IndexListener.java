package org.crosscheck.index;

import org.crosscheck.CrosscheckException;

/**
 * Hears how an indexing run goes, for progress bars and logs. Every method has an empty default, so
 * a listener implements only what it shows. Methods are called on the indexing thread, in order;
 * keep them quick (a progress bar should redraw at most a few times a second). When articles are
 * written on several threads, the call for an article comes once it is written, with the figures a
 * one-thread run would give.
 *
 * <pre>{@code
 * crosscheck.index(folder, progress -> System.err.printf("%.0f%%%n", progress.fraction() * 100));
 * }</pre>
 */
@FunctionalInterface
public interface IndexListener {
  /** A listener that ignores everything. */
  IndexListener NONE = progress -> {};

  /** Called after each article or skipped file, and once at the start with nothing read. */
  void progress(IndexProgress progress);

  /** A file (or a JSON Lines line) that was not indexed; the run goes on. */
  default void skipped(SkippedFile file) {}

  /** The run is committed; searches see its result from now on. */
  default void finished(IndexReport report) {}

  /**
   * A run of {@link CorpusWatcher} failed (the folder vanished, another process holds the index);
   * the watcher keeps watching. A single {@code index} call throws instead.
   */
  default void failed(CrosscheckException problem) {}
}
