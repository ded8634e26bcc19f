package org.crosscheck.index;

/**
 * How much the index writer holds in memory before it writes a segment, for a run over a corpus of
 * a given size. The writer's threads share the buffer, and when it is full the largest in-memory
 * segment is written by the thread that filled it while the others go on indexing. What is left at
 * the end of the run is written after the last article, when there is nothing left to index beside
 * it; and Lucene hands a thread the largest free in-memory segment, so one of them holds most of
 * the run. With the buffer bigger than the whole run (64 MB against 17 MB for 10k paragraphs),
 * one thread wrote that one segment alone for a quarter of the run's time while the others waited.
 * A run on several threads therefore sizes the buffer to its corpus, so that the buffer fills a few
 * times along the way; big runs keep {@link #MAX_MB}.
 */
public final class WriterBuffer {
  private WriterBuffer() {}

  /**
   * The buffer for big runs: Lucene's 16 MB default cuts a paragraph's many fields into small
   * segments, which then cost merging: 64 MB took a tenth off a 100k-paragraph run
   * (docs/BENCHMARKS.md, round 4), and the whole run held 73 MB live, a small part of the 1 GB heap
   * the benchmarks index in.
   */
  public static final double MAX_MB = 64;

  /** The smallest buffer: below it a segment's fixed costs (files, a merge later) outweigh writing it along the way. */
  static final double MIN_MB = 4;

  /** What the writer holds in memory per byte of corpus read, entities extracted: 16.7 MB for 5.1 MB of BBC articles. */
  static final double MEMORY_PER_CORPUS_BYTE = 3.3;

  /** How many times at least the buffer fills in a run, so that the segment written after the last article is a third of the run or less. */
  static final int FILLS = 3;

  /** The buffer in MB for a run over {@code corpusBytes} of files on {@code threads} threads. */
  public static double megabytesFor(long corpusBytes, int threads) {
    if (threads <= 1) {
      return MAX_MB; // one thread writes every segment itself anyway: fewer, bigger ones cost less
    }
    double fill = corpusBytes * MEMORY_PER_CORPUS_BYTE / FILLS / (1024 * 1024);
    return Math.clamp(fill, MIN_MB, MAX_MB);
  }
}
