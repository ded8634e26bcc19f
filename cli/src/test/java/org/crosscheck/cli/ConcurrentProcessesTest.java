package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.crosscheck.Crosscheck;
import org.crosscheck.search.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run as separate processes against one index, as people run it in two terminals. */
class ConcurrentProcessesTest {
  private static final long WAIT_SECONDS = 60;

  @TempDir Path corpus;
  @TempDir Path index;
  @TempDir Path home;

  private void twoArticles() throws IOException {
    Files.writeString(corpus.resolve("alpha.txt"), "Alpha\n\nThe river flooded the old mill.\n");
    Files.writeString(corpus.resolve("beta.txt"), "Beta\n\nThe council approved the budget.\n");
  }

  private ProcessBuilder crosscheck(String... args) {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
        "-Dcrosscheck.home=" + home, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private record Finished(int exit, String out, String err) {}

  private Finished runToEnd(String... args) throws Exception {
    Process process = crosscheck(args).start();
    process.getOutputStream().close();
    assertTrue(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the process did not end");
    return new Finished(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void whileOneProcessWritesAnotherSearchesAndASecondWriterIsRefused() throws Exception {
    twoArticles();
    try (Crosscheck writer = Crosscheck.open(index)) {
      writer.index(corpus);
      Files.writeString(corpus.resolve("beta.txt"), "Beta\n\nThe council rejected the budget.\n");
      CountDownLatch writing = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Thread indexing = new Thread(() -> writer.index(corpus, progress -> {
        writing.countDown();
        try {
          release.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
      indexing.start();
      try {
        assertTrue(writing.await(WAIT_SECONDS, TimeUnit.SECONDS));

        Finished second = runToEnd("index", "--index", index.toString(), corpus.toString());
        assertEquals(2, second.exit());
        assertEquals("", second.out());
        assertEquals("crosscheck: the index at " + index.toAbsolutePath().normalize()
            + " is locked by another process that is writing to it; try again when it has finished\n", second.err());

        Finished search = runToEnd("search", "--index", index.toString(), "--format", "json", "approved");
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().contains("\"id\" : \"beta:1\""), "the search sees the last commit: " + search.out());
      } finally {
        release.countDown();
        indexing.join(WAIT_SECONDS * 1000);
      }
      assertEquals(List.of("beta:1"), writer.search("rejected").hits().stream().map(SearchHit::id).toList());
    }
  }

  @Test
  void watchingPicksUpNewFilesAndStopsCleanlyOnTermination() throws Exception {
    twoArticles();
    Path errors = home.resolve("watch.err");
    Process watch = crosscheck("index", "--watch", "--index", index.toString(), corpus.toString()).redirectError(errors.toFile()).start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8))) {
        out.lines().forEach(lines::add);
      } catch (IOException e) {
        lines.add("read failed: " + e);
      }
    });
    reader.start();
    try {
      assertTrue(waitFor(lines, "Watching ").startsWith("Watching " + corpus.toAbsolutePath().normalize()));
      assertTrue(waitFor(lines, " 2 articles: 2 added").endsWith("2 paragraphs written (0 boilerplate); 2 in the index"));
      Files.writeString(corpus.resolve("gamma.txt"), "Gamma\n\nA comet passed close to the moon.\n");
      waitFor(lines, " 3 articles: 1 added, 0 updated, 2 unchanged");
    } finally {
      watch.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook stops the watcher
      assertTrue(watch.waitFor(WAIT_SECONDS, TimeUnit.SECONDS));
    }
    String err = Files.readString(errors);
    assertTrue(err.endsWith("crosscheck: stopped watching after 2 runs; the index is committed\n"), err);
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      assertEquals(List.of("gamma:1"), crosscheck.search("comet").hits().stream().map(SearchHit::id).toList());
    }
  }

  private static String waitFor(BlockingQueue<String> lines, String part) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line != null && line.contains(part)) {
        return line;
      }
    }
    throw new AssertionError("no line with '" + part + "' within " + WAIT_SECONDS + " s");
  }
}
