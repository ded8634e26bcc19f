package org.crosscheck.index;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.IndexWriter;

/**
 * When a long indexing run commits along the way, so that a crash (or {@code kill -9}) loses at most
 * the articles since the last of these commits: a re-run finds the committed ones unchanged by their
 * fingerprint and goes on from there. Each commit holds whole articles only (an article's paragraphs
 * go in as one block), and deletions of vanished files still wait for the end of the run, so a commit
 * made along the way never holds less than the one before it. Immutable.
 *
 * @param articles commit after this many articles have been read since the last commit, 1 or more
 *     ({@link Integer#MAX_VALUE}: by time only)
 * @param interval or after this much time, whichever comes first; positive
 */
public record CommitSchedule(int articles, Duration interval) {
  /**
   * What {@link org.crosscheck.Crosscheck#index} uses: every 10 seconds, so at most that much work is
   * redone after a crash. By time only: each commit ends the segments being written, and small
   * segments cost flushing and then merging; committing every 1,000 files as well made 22 commits in
   * a run over 100k paragraphs and a quarter of its time (docs/BENCHMARKS.md, round 4).
   */
  public static final CommitSchedule DEFAULT = everySeconds(10);

  /** One commit at the end of the run, none along the way. */
  public static final CommitSchedule AT_END = new CommitSchedule(Integer.MAX_VALUE, Duration.ofDays(36_500));

  /** A commit every so many seconds, whatever the number of articles. */
  public static CommitSchedule everySeconds(long seconds) {
    return new CommitSchedule(Integer.MAX_VALUE, Duration.ofSeconds(seconds));
  }

  public CommitSchedule {
    if (articles < 1) {
      throw new IllegalArgumentException("the parameter 'articles' must be 1 or more, got " + articles);
    }
    if (interval == null || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the parameter 'interval' must be a positive duration, got " + interval);
    }
  }

  /** Starts the clock and the count for one run on {@code writer}. */
  Checkpoints start(IndexWriter writer) {
    return new Checkpoints(writer);
  }

  /** Work that must be done before a commit: articles still being written on other threads are finished. */
  @FunctionalInterface
  interface BeforeCommit {
    /** Waits for it; an exception (a write that failed) means no commit. */
    void settle() throws IOException;
  }

  /** The count and clock of one run. Not thread-safe: the thread that reads the corpus calls it. */
  final class Checkpoints {
    private final IndexWriter writer;
    private int sinceCommit;
    private final long intervalNanos = interval.toNanos();
    private long lastCommit = System.nanoTime();
    private int commits;

    private Checkpoints(IndexWriter writer) {
      this.writer = writer;
    }

    /**
     * Called before each article; when the schedule says so, settles the articles before it and
     * commits what the writer holds.
     */
    void nextFile(BeforeCommit beforeCommit) throws IOException {
      sinceCommit++;
      boolean due = sinceCommit >= articles || System.nanoTime() - lastCommit >= intervalNanos;
      if (due) {
        beforeCommit.settle();
      }
      if (due && writer.hasUncommittedChanges()) {
        writer.commit();
        commits++;
      }
      if (due) {
        sinceCommit = 0;
        lastCommit = System.nanoTime();
      }
    }

    /** How many commits were made along the way. */
    int commits() {
      return commits;
    }
  }
}
