package org.crosscheck.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes articles to the index (entity extraction, Lucene documents, {@code updateDocuments}) on a
 * few threads while the caller reads the next files; {@link org.apache.lucene.index.IndexWriter} takes
 * documents from several threads at once, each into a segment of its own. At most two articles per
 * thread are in flight, so memory stays bounded whatever the corpus size. With one thread the work
 * runs on the caller's thread as it comes, as a plain loop would.
 *
 * <p>The first failure is kept and later work refused; {@link #rethrow()} reports it. Used by one
 * indexing run, from the thread that reads the corpus.
 */
final class ArticleWriters implements AutoCloseable {
  /** One article's writing. */
  @FunctionalInterface
  interface Job {
    void write() throws IOException;
  }

  /** Articles in flight per thread: one being written, one queued so a thread never waits for the reader. */
  private static final int IN_FLIGHT_PER_THREAD = 2;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ExecutorService pool;
  private final Semaphore inFlight;
  private final int threads;
  private final int permits;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  private ArticleWriters(int threads) {
    this.threads = threads;
    if (threads == 1) {
      pool = null;
      permits = 0;
      inFlight = null;
    } else {
      pool = Executors.newFixedThreadPool(threads, namedDaemons("crosscheck-index-" + POOLS.incrementAndGet() + "-"));
      permits = threads * IN_FLIGHT_PER_THREAD;
      inFlight = new Semaphore(permits);
    }
  }

  /** Writers on {@code threads} threads; 1 writes on the caller's thread. */
  static ArticleWriters start(int threads) {
    return new ArticleWriters(threads);
  }

  /** Whether a submitted job has ended, written or failed. */
  static final class Ended {
    private static final Ended ALREADY = new Ended(true);

    private volatile boolean ended;

    private Ended(boolean ended) {
      this.ended = ended;
    }

    boolean yes() {
      return ended;
    }
  }

  /**
   * Runs the job, on the caller's thread with one thread, else on a pool thread once fewer than the
   * limit are in flight (the caller waits till then). Does nothing once a job has failed.
   *
   * @return tells when the job has ended
   */
  Ended submit(Job job) {
    if (failed()) {
      return Ended.ALREADY;
    }
    if (pool == null) {
      try {
        job.write();
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      }
      return Ended.ALREADY;
    }
    Ended ended = new Ended(false);
    inFlight.acquireUninterruptibly(); // bounded: every job ends, so the wait does too
    try {
      pool.execute(() -> {
        try {
          if (!failed()) {
            job.write();
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        } finally {
          ended.ended = true;
          inFlight.release();
        }
      });
    } catch (RejectedExecutionException e) {
      inFlight.release();
      failure.compareAndSet(null, e);
      return Ended.ALREADY;
    }
    return ended;
  }

  /**
   * Runs the job once on each thread at once (on the caller's thread with one thread) and waits for
   * them all; for work several threads share, such as flushing the writer's in-memory segments.
   */
  void onEveryThread(Job job) {
    if (pool == null) {
      submit(job);
      return;
    }
    for (int i = 0; i < threads; i++) {
      submit(job);
    }
    awaitIdle();
  }

  /** Whether a job has failed. */
  boolean failed() {
    return failure.get() != null;
  }

  /** Waits till every job submitted so far has ended. */
  void awaitIdle() {
    if (pool != null) {
      inFlight.acquireUninterruptibly(permits);
      inFlight.release(permits);
    }
  }

  /** Throws the first failure of a job, if any, as it was thrown. */
  void rethrow() throws IOException {
    Throwable problem = failure.get();
    switch (problem) {
      case null -> {}
      case IOException e -> throw e;
      case RuntimeException e -> throw e;
      case Error e -> throw e;
      default -> throw new UncheckedIOException(new IOException(problem));
    }
  }

  /** Waits for the jobs in flight and stops the threads; no thread writes once this returns. */
  @Override
  public void close() {
    if (pool == null) {
      return;
    }
    pool.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true; // the writer must not be closed under a running job: wait, then say so
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory namedDaemons(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return job -> {
      Thread thread = new Thread(job, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
