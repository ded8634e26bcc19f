package org.crosscheck.search;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;

/**
 * The moment a search must stop by. Lucene asks {@link #shouldExit()} while it walks the terms of a
 * wildcard, fuzzy or regular-expression query and while it collects hits; once the time is up the
 * search ends with what it has, flagged as partial. Safe to ask from several threads.
 */
final class SearchDeadline implements QueryTimeout {
  private final long deadlineNanos;

  private SearchDeadline(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  static SearchDeadline in(Duration budget) {
    return new SearchDeadline(System.nanoTime() + budget.toNanos());
  }

  @Override
  public boolean shouldExit() {
    return System.nanoTime() - deadlineNanos >= 0;
  }
}
