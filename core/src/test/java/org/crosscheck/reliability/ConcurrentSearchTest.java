package org.crosscheck.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.Crosscheck;
import org.crosscheck.TestCorpora;
import org.crosscheck.facts.SameFactResult;
import org.crosscheck.search.SearchHit;
import org.crosscheck.search.SearchOptions;
import org.crosscheck.search.SearchResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads search one {@link Crosscheck} (searches and same-fact queries) while another adds articles to it: no search fails,
 * and every answer is the answer of one of the index's commits, never of a state in between; each
 * thread sees the commits in order. By default each thread runs {@value #DEFAULT_QUERIES} queries;
 * {@code -Dcrosscheck.load.queries=10000} runs the full load and prints its figures.
 */
class ConcurrentSearchTest {
  static final int DEFAULT_QUERIES = 250;
  private static final int THREADS = 8;
  private static final int BATCHES = 20;
  private static final int ARTICLES_PER_BATCH = 5;

  /** One kind of request of the mix; its signature is what must equal the answer of some commit. */
  interface LoadTarget {
    String name();

    String signature(Crosscheck crosscheck);
  }

  /**
   * The searches' deadline here: generous, because a search cut short by the default second (which
   * happened under the full load once same-fact queries joined the mix) answers what it found so
   * far, flagged partial, which is no commit's answer. Deadlines are tested by HostileQueryTest.
   */
  private static final SearchOptions NO_DEADLINE = SearchOptions.defaults().withTimeout(Duration.ofHours(1));

  /** A search whose signature is its total and its hits' ids in order (and "partial" if it was cut short). */
  record SearchTarget(String name, String query) implements LoadTarget {
    @Override
    public String signature(Crosscheck crosscheck) {
      SearchResults results = crosscheck.search(query, NO_DEADLINE);
      return (results.partial() ? "partial " : "") + results.totalHits() + " " + results.hits().stream().map(SearchHit::id).toList();
    }
  }

  /**
   * A same-fact query whose signature is its verdict and, per reporting outlet, the evidence
   * paragraph and score (to four places), in order: any half-seen commit would change one of them.
   */
  record SameFactTarget(String name, String statement) implements LoadTarget {
    @Override
    public String signature(Crosscheck crosscheck) {
      SameFactResult result = crosscheck.sameFact(statement);
      return result.verdict() + " " + result.reporting().stream()
          .map(f -> f.outlet() + "=" + f.evidence().orElseThrow().paragraphId() + String.format(Locale.ROOT, "@%.4f", f.score()))
          .toList();
    }
  }

  /** The fixed mix: searches of each kind and a same-fact query. */
  static final List<LoadTarget> TARGETS = List.of(
      new SearchTarget("term", "harbour"),
      new SearchTarget("phrase", "\"council voted\""),
      new SearchTarget("boolean", "harbour AND (storm OR ferry) NOT delay"),
      new SearchTarget("field", "title:budget"),
      new SearchTarget("wildcard", "ferr*"),
      new SameFactTarget("same-fact", "A storm shut the ferry route, the council said after its vote on the harbour plan."));

  @TempDir Path folder;

  private static void writeBatch(Path corpus, int batch) {
    for (int i = 0; i < ARTICLES_PER_BATCH; i++) {
      int n = batch * ARTICLES_PER_BATCH + i;
      String title = (n % 3 == 0 ? "Budget " : "Harbour ") + "report " + n;
      String body = "The council voted on the harbour plan, item " + n + ". "
          + (n % 2 == 0 ? "A storm closed the ferry route." : "The ferries ran late, a delay of an hour.") + "\n\n"
          + "Reported in batch " + batch + ".\n";
      TestCorpora.write(corpus, String.format("batch%03d/article%04d.txt", batch, n), title + "\n\n" + body);
    }
  }

  /** The signature of every target in every commit the writer will make, from a run with no searches. */
  private List<List<String>> expectedSignatures(Path corpus) {
    List<List<String>> byTarget = new ArrayList<>();
    TARGETS.forEach(t -> byTarget.add(new ArrayList<>()));
    try (Crosscheck reference = Crosscheck.inMemory()) {
      for (int batch = 0; batch <= BATCHES; batch++) {
        writeBatch(corpus, batch);
        reference.index(corpus);
        for (int t = 0; t < TARGETS.size(); t++) {
          byTarget.get(t).add(TARGETS.get(t).signature(reference));
        }
      }
    }
    return byTarget;
  }

  @Test
  void eightSearchersAndAWriterSeeOnlyCommittedStatesInOrder() throws Exception {
    int queriesPerThread = Integer.getInteger("crosscheck.load.queries", DEFAULT_QUERIES);
    long referenceStarted = System.nanoTime();
    List<List<String>> expected = expectedSignatures(folder.resolve("reference"));
    System.out.println("reference states computed in " + (System.nanoTime() - referenceStarted) / 1_000_000 + " ms");
    for (int t = 0; t < TARGETS.size(); t++) {
      assertTrue(!expected.get(t).getFirst().equals(expected.get(t).getLast()), TARGETS.get(t).name() + " changes as articles come");
    }

    Path corpus = folder.resolve("corpus");
    writeBatch(corpus, 0);
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    AtomicLong queries = new AtomicLong();
    AtomicInteger commits = new AtomicInteger();
    long elapsedNanos;
    try (Crosscheck crosscheck = Crosscheck.open(folder.resolve("index"))) {
      crosscheck.index(corpus);
      AtomicBoolean searching = new AtomicBoolean(true);
      CountDownLatch start = new CountDownLatch(1);
      Thread writer = Thread.ofPlatform().name("writer").start(() -> {
        try {
          start.await();
          // Paced so the commits spread over the searches, however many there are.
          long pauseMillis = queriesPerThread / 10;
          for (int batch = 1; batch <= BATCHES && searching.get(); batch++) {
            writeBatch(corpus, batch);
            crosscheck.index(corpus);
            commits.incrementAndGet();
            Thread.sleep(pauseMillis);
          }
        } catch (Throwable e) {
          errors.add("writer: " + e);
        }
      });
      List<Thread> searchers = new ArrayList<>();
      for (int s = 0; s < THREADS; s++) {
        int seed = s;
        searchers.add(Thread.ofPlatform().name("searcher-" + s).start(() -> {
          int lowestState = 0;
          try {
            start.await();
            for (int q = 0; q < queriesPerThread; q++) {
              int t = (q + seed) % TARGETS.size();
              String signature = TARGETS.get(t).signature(crosscheck);
              queries.incrementAndGet();
              List<String> states = expected.get(t);
              int state = -1;
              for (int k = lowestState; k < states.size(); k++) {
                if (states.get(k).equals(signature)) {
                  state = k;
                  break;
                }
              }
              if (state < 0) {
                errors.add(TARGETS.get(t).name() + " answered " + signature + ", which no commit from " + lowestState + " on gives");
                return;
              }
              lowestState = state;
            }
          } catch (Throwable e) {
            errors.add(Thread.currentThread().getName() + ": " + e);
          }
        }));
      }
      long started = System.nanoTime();
      start.countDown();
      for (Thread searcher : searchers) {
        searcher.join(TimeUnit.MINUTES.toMillis(10));
      }
      elapsedNanos = System.nanoTime() - started;
      searching.set(false);
      writer.join(TimeUnit.MINUTES.toMillis(2));
    }
    double seconds = elapsedNanos / 1e9;
    System.out.println(String.format(Locale.ROOT,
        "concurrency: %d threads x %d queries = %d queries in %.1f s, %.0f queries/s, %d commits meanwhile, %d errors",
        THREADS, queriesPerThread, queries.get(), seconds, queries.get() / seconds, commits.get(), errors.size()));
    assertEquals(List.of(), List.copyOf(errors).subList(0, Math.min(5, errors.size())));
    assertEquals((long) THREADS * queriesPerThread, queries.get());
    assertTrue(commits.get() > 0, "the writer committed while the searches ran");
  }

  @Test
  void closingWhileOthersSearchGivesEachCallAnAnswerOrTheClosedError() throws Exception {
    Path corpus = folder.resolve("small");
    writeBatch(corpus, 0);
    Crosscheck crosscheck = Crosscheck.open(folder.resolve("closing"));
    crosscheck.index(corpus);
    ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    AtomicInteger closedErrors = new AtomicInteger();
    CountDownLatch running = new CountDownLatch(THREADS);
    List<Thread> threads = new ArrayList<>();
    for (int s = 0; s < THREADS; s++) {
      threads.add(Thread.ofPlatform().start(() -> {
        running.countDown();
        for (int q = 0; q < 100_000; q++) {
          try {
            assertEquals(5, crosscheck.search("harbour").totalHits());
          } catch (IllegalStateException e) {
            assertEquals("this Crosscheck is closed", e.getMessage());
            closedErrors.incrementAndGet();
            return;
          } catch (Throwable e) {
            unexpected.add(e);
            return;
          }
        }
      }));
    }
    running.await();
    Thread.sleep(50);
    crosscheck.close();
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(List.of(), Collections.unmodifiableList(new ArrayList<>(unexpected)));
    assertEquals(THREADS, closedErrors.get());
  }
}
