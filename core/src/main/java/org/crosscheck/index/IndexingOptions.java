package org.crosscheck.index;

import org.crosscheck.internal.Check;

/**
 * How an indexing run works: whether it extracts entities, on how many threads, and how often it
 * commits along the way. Immutable; each
 * {@code with…} method returns a changed copy.
 *
 * <pre>{@code
 * crosscheck.index(folder, OutletRule.manifestThenFolder(), IndexingOptions.defaults().withEntities(false), IndexListener.NONE);
 * }</pre>
 *
 * @param entities whether people, organisations, places, quotes, numbers and dates are extracted and
 *     indexed (the entity fields of {@link Schema}). Without them indexing takes a third to a half less time;
 *     the index records the choice, and queries, filters, facets and listings that need entities
 *     then throw {@link org.crosscheck.EntitiesNotIndexedException} instead of finding nothing. A
 *     later run with the other choice re-indexes every article.
 * @param threads how many threads extract entities and write articles at once, 1 to {@value
 *     #MAX_THREADS}; the calling thread reads and parses the files, in order, meanwhile. With 1 the
 *     calling thread does everything itself. The index is the same whatever the count.
 * @param commits when a long run commits along the way, so a crash loses little ({@link
 *     CommitSchedule#DEFAULT}: every 10 seconds); it ends with a commit whatever this says
 */
public record IndexingOptions(boolean entities, int threads, CommitSchedule commits) {
  /** More threads than this only add memory: each holds articles in flight and a segment in the making. */
  public static final int MAX_THREADS = 64;

  public IndexingOptions {
    Check.between(threads, 1, MAX_THREADS, "threads");
    Check.notNull(commits, "commits");
  }

  /** These choices with the default commit schedule. */
  public IndexingOptions(boolean entities, int threads) {
    this(entities, threads, CommitSchedule.DEFAULT);
  }

  /** Entities on, one thread per available processor (at most {@value #MAX_THREADS}), a commit every 10 seconds. */
  public static IndexingOptions defaults() {
    return new IndexingOptions(true, defaultThreads());
  }

  /** One thread per processor the JVM may use, at most {@value #MAX_THREADS}. */
  public static int defaultThreads() {
    return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
  }

  public IndexingOptions withEntities(boolean entities) {
    return new IndexingOptions(entities, threads, commits);
  }

  /**
   * @throws IllegalArgumentException when {@code threads} is not between 1 and {@value #MAX_THREADS}
   */
  public IndexingOptions withThreads(int threads) {
    return new IndexingOptions(entities, threads, commits);
  }

  public IndexingOptions withCommits(CommitSchedule commits) {
    return new IndexingOptions(entities, threads, commits);
  }
}
