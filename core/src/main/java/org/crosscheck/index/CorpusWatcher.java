package org.crosscheck.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.crosscheck.CrosscheckException;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.ingest.Manifest;

/**
 * Keeps an index current with a corpus folder: it indexes once, then again whenever files below the
 * folder are created, changed or deleted. Changes are gathered until the folder has been quiet for
 * the debounce time, so a copy of a thousand files makes one run, not a thousand. Each run is an
 * ordinary mirroring {@code index} run (only the changed articles are written) and is committed
 * before the next starts.
 *
 * <pre>{@code
 * try (CorpusWatcher watcher = crosscheck.watch(Path.of("news"), OutletRule.manifestThenFolder(), listener)) {
 *   watcher.await();   // until another thread calls close()
 * }
 * }</pre>
 *
 * <p>Thread safety: the watcher runs on its own thread; {@link #close} may be called from any thread
 * (a shutdown hook, for Ctrl-C) and returns once the run in progress, if any, is committed.
 */
public final class CorpusWatcher implements AutoCloseable {
  /** Long enough for a copy or an editor's save to finish, short enough to feel immediate. */
  public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(500);

  private final Path corpus;
  private final Duration debounce;
  private final Supplier<IndexReport> sync;
  private final IndexListener listener;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Thread thread;
  private volatile boolean stopping;
  private volatile RuntimeException failure;
  private volatile int runs;

  /**
   * Starts watching: the first run begins at once.
   *
   * @param corpus the corpus folder (or {@code .jsonl} file) to watch
   * @param debounce how long the folder must be quiet before a run
   * @param sync one indexing run; it commits before it returns
   * @param listener hears of each run's end, and of runs that failed
   */
  public CorpusWatcher(Path corpus, Duration debounce, Supplier<IndexReport> sync, IndexListener listener) {
    if (debounce.isNegative()) {
      throw new IllegalArgumentException("the parameter 'debounce' must not be negative, got " + debounce);
    }
    this.corpus = corpus.toAbsolutePath().normalize();
    this.debounce = debounce;
    this.sync = sync;
    this.listener = listener;
    try {
      this.service = FileSystems.getDefault().newWatchService();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + corpus + ": " + e.getMessage(), e);
    }
    this.thread = new Thread(this::run, "crosscheck-watch");
    thread.setDaemon(true);
    thread.start();
  }

  /** How many indexing runs have finished, failed ones included. */
  public int runs() {
    return runs;
  }

  /**
   * Waits until the watcher stops (after {@link #close}).
   *
   * @throws RuntimeException the failure that stopped the watcher, if it was not a {@link CrosscheckException}
   */
  public void await() throws InterruptedException {
    thread.join();
    if (failure != null) {
      throw failure;
    }
  }

  /** Stops watching; the run in progress, if any, finishes and commits first. */
  @Override
  public void close() {
    stopping = true;
    try {
      service.close();
    } catch (IOException e) {
      // the thread stops anyway: it checks the flag before each run
    }
    if (Thread.currentThread() != thread) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    try {
      watchFolders(Files.isDirectory(corpus) ? corpus : corpus.getParent());
      syncOnce();
      while (!stopping) {
        WatchKey key = service.take();
        boolean relevant = handle(key);
        // Debounce: gather further events until the folder has been quiet for a while.
        while (!stopping) {
          WatchKey more = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS);
          if (more == null) {
            break;
          }
          relevant |= handle(more);
        }
        if (relevant && !stopping) {
          syncOnce();
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // closed: stop quietly
    } catch (RuntimeException e) {
      failure = e;
    }
  }

  private void syncOnce() {
    try {
      listener.finished(sync.get());
    } catch (CrosscheckException e) {
      listener.failed(e);
    } finally {
      runs++;
    }
  }

  /** Registers new folders as they appear; says whether the events can change what is indexed. */
  private boolean handle(WatchKey key) {
    Path folder = folders.get(key);
    boolean relevant = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
        relevant = true;
        continue;
      }
      Path path = folder.resolve((Path) event.context());
      String name = path.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (!Files.isDirectory(corpus) && !path.equals(corpus)) {
        continue; // watching one .jsonl file: its neighbours do not matter
      }
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
        watchFolders(path);
        relevant = true;
      } else if (CorpusReader.isCorpusFileName(name) || name.equals(Manifest.FILE_NAME) || name.equals(Manifest.JSON_FILE_NAME)
          || event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
        relevant = true; // a deleted folder takes its articles with it
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
    return relevant;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void watchFolders(Path top) {
    try (Stream<Path> paths = Files.walk(top)) {
      for (Path folder : (Iterable<Path>) paths.filter(Files::isDirectory)::iterator) {
        if (!isHidden(top.relativize(folder))) {
          folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
              StandardWatchEventKinds.ENTRY_DELETE), folder);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + top + ": " + e.getMessage(), e);
    }
  }
}
