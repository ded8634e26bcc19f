package org.crosscheck.index;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How far an indexing run has got. Immutable; the rates and the time left are derived. Progress is
 * measured in bytes read, because a JSON Lines file does not say how many articles it holds until it
 * has been read.
 *
 * @param articlesRead articles read so far, unchanged ones included
 * @param paragraphsWritten paragraphs written so far (of new and changed articles)
 * @param skipped files (or JSON Lines lines) skipped so far
 * @param bytesRead bytes of the corpus read so far
 * @param bytesTotal bytes of the whole corpus, as listed when the run started
 * @param elapsed time since the run started
 */
public record IndexProgress(
    int articlesRead, int paragraphsWritten, int skipped, long bytesRead, long bytesTotal, Duration elapsed) {

  public IndexProgress {
    if (articlesRead < 0 || paragraphsWritten < 0 || skipped < 0 || bytesRead < 0 || bytesTotal < 0) {
      throw new IllegalArgumentException("progress counts cannot be negative");
    }
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** The share of the corpus read, 0 to 1. */
  public double fraction() {
    return bytesTotal == 0 ? 1.0 : Math.min(1.0, (double) bytesRead / bytesTotal);
  }

  public double paragraphsPerSecond() {
    return perSecond(paragraphsWritten);
  }

  public double articlesPerSecond() {
    return perSecond(articlesRead);
  }

  /** The time left at the pace so far; empty until there is a pace to go by. */
  public Optional<Duration> remaining() {
    double fraction = fraction();
    if (fraction <= 0 || elapsed.isZero()) {
      return Optional.empty();
    }
    long nanos = (long) (elapsed.toNanos() * (1 - fraction) / fraction);
    return Optional.of(Duration.ofNanos(nanos));
  }

  private double perSecond(int count) {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : count / seconds;
  }
}
