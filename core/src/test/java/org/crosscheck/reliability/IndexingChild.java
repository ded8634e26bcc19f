package org.crosscheck.reliability;

import java.nio.file.Path;
import java.time.Duration;
import org.crosscheck.Crosscheck;
import org.crosscheck.index.CommitSchedule;
import org.crosscheck.index.IndexListener;
import org.crosscheck.index.IndexReport;
import org.crosscheck.index.IndexingOptions;
import org.crosscheck.ingest.OutletRule;

/**
 * The process {@link CrashSafetyTest} kills: it indexes a folder through the facade, as an
 * application would, committing every {@link #COMMIT_EVERY} articles so that the test knows how much
 * the last commit along the way must hold (the default schedule commits by time alone).
 */
public final class IndexingChild {
  private IndexingChild() {}

  /** Articles between two commits along the way. */
  static final int COMMIT_EVERY = 1_000;

  public static void main(String[] args) {
    IndexingOptions options = IndexingOptions.defaults().withCommits(new CommitSchedule(COMMIT_EVERY, Duration.ofSeconds(10)));
    try (Crosscheck crosscheck = Crosscheck.open(Path.of(args[0]))) {
      IndexReport report = crosscheck.index(Path.of(args[1]), OutletRule.manifestThenFolder(), options, IndexListener.NONE);
      System.out.println("done: " + report.articlesIndexed() + " articles");
    }
  }
}
