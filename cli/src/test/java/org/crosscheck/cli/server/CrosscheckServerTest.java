package org.crosscheck.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.crosscheck.Crosscheck;
import org.crosscheck.cli.CrosscheckCommand;
import org.crosscheck.cli.server.ServerFixture.Asker;
import org.crosscheck.cli.server.ServerFixture.Output;
import org.crosscheck.cli.server.ServerProtocol.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background server's life: what it serves, what it declines, when it stops, and what it leaves behind. */
class CrosscheckServerTest {
  @TempDir Path home;
  private Path folder;
  private String previousHome;

  @BeforeEach
  void useATemporaryHome() {
    previousHome = System.getProperty("crosscheck.home");
    System.setProperty("crosscheck.home", home.toString());
    folder = home.resolve(".crosscheck");
  }

  @AfterEach
  void restoreHome() {
    if (previousHome == null) {
      System.clearProperty("crosscheck.home");
    } else {
      System.setProperty("crosscheck.home", previousHome);
    }
  }

  private Path twoArticleIndex(Path corpus, Path index) throws IOException {
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("alpha.txt"), "Alpha\n\nThe river flooded the old mill.\n");
    Files.writeString(corpus.resolve("beta.txt"), "Beta\n\nThe council approved the budget.\n");
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      crosscheck.index(corpus);
    }
    return index;
  }

  @Test
  void aUserErrorDoesNotStopTheServer() throws Exception {
    Path index = twoArticleIndex(home.resolve("corpus"), home.resolve("index-a"));
    try (ServerFixture server = ServerFixture.start(folder)) {
      Output bad = server.served(Asker.pipe(home), "search", "(river", "--index", index.toString());
      assertEquals(2, bad.exit());
      Output good = server.served(Asker.pipe(home), "search", "river", "--index", index.toString(), "--color", "never");
      assertEquals(0, good.exit(), good.errText());
      assertTrue(good.outText().startsWith("1 paragraph matches river"), good.outText());
      assertEquals(2, server.server.served());
    }
  }

  @Test
  void theDefaultIndexIsBuiltOnFirstUseAsInAOneOffRun() throws Exception {
    try (ServerFixture server = ServerFixture.start(folder)) {
      Output first = server.served(Asker.pipe(home), "search", "\"honest mistake\"", "--color", "never");
      assertEquals(0, first.exit(), first.errText());
      assertTrue(first.errText().startsWith("crosscheck: first run: indexing the seed articles of "), first.errText());
      deleteRecursively(folder.resolve("index"));
      Output local = ServerFixture.local(Asker.pipe(home), "search", "\"honest mistake\"", "--color", "never");
      assertEquals(local.errText(), first.errText());
      assertEquals(local.outText(), first.outText());
      assertEquals("", server.served(Asker.pipe(home), "search", "Milley").errText(), "built once");
    }
  }

  @Test
  void aSeedIndexBuiltByOlderRulesIsRebuiltAsInAOneOffRun() throws Exception {
    try (ServerFixture server = ServerFixture.start(folder)) {
      assertEquals(0, server.served(Asker.pipe(home), "search", "Milley").exit());
      try (var dir = org.apache.lucene.store.FSDirectory.open(folder.resolve("index"));
          var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
        Map<String, String> data = new java.util.HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        data.put("crosscheck.ingestion", "older-rules");
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
      }
      Output stale = server.served(Asker.pipe(home), "search", "Milley");
      assertEquals(0, stale.exit(), stale.errText());
      assertTrue(stale.errText().startsWith("crosscheck: the seed index was built by an older crosscheck; re-indexing "), stale.errText());
      assertEquals("", server.served(Asker.pipe(home), "search", "Milley").errText(), "rebuilt once");
    }
  }

  @Test
  void newCommitsAndARebuiltFolderAreSeen() throws Exception {
    Path corpus = home.resolve("corpus");
    Path index = twoArticleIndex(corpus, home.resolve("index-b"));
    try (ServerFixture server = ServerFixture.start(folder)) {
      Asker asker = Asker.pipe(home);
      assertTrue(server.served(asker, "search", "harbour", "--index", index.toString()).outText().startsWith("No paragraph matches harbour."));
      Files.writeString(corpus.resolve("gamma.txt"), "Gamma\n\nThe harbour froze overnight.\n");
      try (Crosscheck crosscheck = Crosscheck.open(index)) {
        crosscheck.index(corpus);
      }
      assertTrue(server.served(asker, "search", "harbour", "--index", index.toString()).outText().startsWith("1 paragraph matches"));

      deleteRecursively(index);
      Path other = Files.createDirectories(home.resolve("other"));
      Files.writeString(other.resolve("delta.txt"), "Delta\n\nA lighthouse keeper retired.\n");
      try (Crosscheck crosscheck = Crosscheck.open(index)) {
        crosscheck.index(other);
      }
      server.assertSameAsLocal(asker, "search", "lighthouse", "--index", index.toString());
      assertTrue(server.served(asker, "search", "harbour", "--index", index.toString()).outText().startsWith("No paragraph matches harbour."));
    }
  }

  @Test
  void aClientOfAnotherBuildIsNotServedAndTheServerStops() throws Exception {
    ServerFixture server = ServerFixture.start(folder);
    Output declined = server.served("another build\n", Asker.pipe(home), "search", "river");
    assertEquals(ServerProtocol.NOT_SERVED, declined.exit());
    assertEquals("", declined.outText());
    assertEquals("", declined.errText());
    assertTrue(server.server.awaitStop(Duration.ofSeconds(30)), "the server stops");
    assertFalse(Files.exists(folder.resolve("server.sock")), "the socket is removed");
    assertFalse(Files.exists(folder.resolve("server.pid")));
    assertFalse(CrosscheckServer.isRunning(server.files));
  }

  @Test
  void commandsThatWriteOrReadTheTerminalAreNotServed() throws Exception {
    try (ServerFixture server = ServerFixture.start(folder)) {
      for (String command : List.of("index", "shell", "bench", "server")) {
        assertEquals(ServerProtocol.NOT_SERVED, server.served(Asker.pipe(home), command, "--help").exit(), command);
      }
      assertEquals(ServerProtocol.NOT_SERVED, server.served(Asker.pipe(home)).exit(), "no command");
      assertEquals(0, server.server.served());
    }
  }

  @Test
  void anIdleServerStops() throws Exception {
    ServerFixture server = ServerFixture.start(folder, Duration.ofMillis(300), () -> ServerFixture.IDENTITY);
    assertTrue(server.server.awaitStop(Duration.ofSeconds(30)));
    assertEquals("idle for 300ms", server.server.awaitStop());
  }

  @Test
  void aServerWhoseJarChangedStops() throws Exception {
    AtomicReference<String> identityNow = new AtomicReference<>(ServerFixture.IDENTITY);
    ServerFixture server = ServerFixture.start(folder, Duration.ofMinutes(5), identityNow::get);
    assertFalse(server.server.awaitStop(Duration.ofMillis(1500)), "the same build keeps running");
    identityNow.set("rebuilt\n");
    assertTrue(server.server.awaitStop(Duration.ofSeconds(30)));
    assertEquals("its jar, JDK or options changed", server.server.awaitStop());
  }

  @Test
  void aServerWhoseSocketWasRemovedStops() throws Exception {
    ServerFixture server = ServerFixture.start(folder);
    Files.delete(server.files.socket());
    assertTrue(server.server.awaitStop(Duration.ofSeconds(30)));
  }

  @Test
  void noServerOrAStaleSocketIsNotServedAndSaysNothing() throws Exception {
    ServerFiles files = new ServerFiles(Files.createDirectories(folder));
    Request request = new Request(ServerProtocol.RUN, ServerFixture.IDENTITY, folder.toString(), home.toString(), false, "UTF-8", "UTF-8",
        List.of("search", "river"), Map.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(ServerProtocol.NOT_SERVED, ServerClient.run(request, files.socket(), out, err, () -> -1));

    try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      dead.bind(UnixDomainSocketAddress.of(files.socket()));
    }
    assertTrue(Files.exists(files.socket()), "a socket file left behind by a server that died");
    assertEquals(ServerProtocol.NOT_SERVED, ServerClient.run(request, files.socket(), out, err, () -> -1));
    assertEquals(0, out.size());
    assertEquals(0, err.size());

    try (ServerFixture server = ServerFixture.start(folder)) {
      assertEquals(0, server.served(Asker.pipe(home), "--version").exit(), "a new server replaces the stale socket");
    }
  }

  @Test
  void theFolderAndTheSocketAreTheUsersOnlyAndNothingIsLeftBehind() throws Exception {
    try (ServerFixture server = ServerFixture.start(folder)) {
      assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(server.files.socket())));
      assertEquals(ProcessHandle.current().pid() + "\n", Files.readString(server.files.pid()));
      assertTrue(CrosscheckServer.isRunning(server.files));
    }
    assertFalse(Files.exists(folder.resolve("server.sock")));
    assertFalse(Files.exists(folder.resolve("server.pid")));
    assertFalse(CrosscheckServer.isRunning(new ServerFiles(folder)));
  }

  @Test
  void aSecondServerForTheSameFolderDoesNotStart() throws Exception {
    try (ServerFixture server = ServerFixture.start(folder)) {
      var second = CrosscheckServer.start(new CrosscheckServer.Settings(new ServerFiles(folder), ServerFixture.IDENTITY,
          () -> ServerFixture.IDENTITY, Duration.ofMinutes(1), false));
      assertTrue(second.isEmpty());
      assertEquals(0, server.served(Asker.pipe(home), "--version").exit(), "the first one still serves");
    }
  }

  @Test
  void statusShowsTheServerAndStopStopsIt() throws Exception {
    ServerFixture server = ServerFixture.start(folder);
    server.served(Asker.pipe(home), "--version");
    Run status = run("server", "status");
    assertEquals(0, status.exit(), status.err());
    assertTrue(status.out().startsWith("crosscheck server: running, process " + ProcessHandle.current().pid() + "\n"), status.out());
    assertTrue(status.out().contains("  requests: 1 served, 0 running; idle for "), status.out());
    assertTrue(status.out().contains("  test build\n"), status.out());

    Run stop = run("server", "stop");
    assertEquals(0, stop.exit(), stop.err());
    assertEquals("crosscheck server: stopped\n", stop.out());
    assertTrue(server.server.awaitStop(Duration.ofSeconds(1)));
    assertEquals("asked to by 'crosscheck server stop'", server.server.awaitStop());

    Run none = run("server", "status");
    assertEquals(1, none.exit());
    assertEquals("crosscheck server: not running for " + folder + "\n", none.out());
    assertEquals("crosscheck server: not running for " + folder + "\n", run("server", "stop").out());
  }

  @Test
  void idleTimesAreWrittenAsPeopleWriteThem() {
    assertEquals(Duration.ofSeconds(600), ServerCommand.parse("600"));
    assertEquals(Duration.ofSeconds(90), ServerCommand.parse("90s"));
    assertEquals(Duration.ofMinutes(30), ServerCommand.parse("30m"));
    assertEquals(Duration.ofHours(2), ServerCommand.parse(" 2H "));
    assertEquals("'soon' is not a duration; write 600, 90s, 30m or 2h",
        assertThrows(IllegalArgumentException.class, () -> ServerCommand.parse("soon")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ServerCommand.parse("0m"));
    assertEquals("1h 5m", ServerCommand.describe(Duration.ofMinutes(65)));
    assertEquals("10m", ServerCommand.describe(Duration.ofMinutes(10)));
    assertEquals("42s", ServerCommand.describe(Duration.ofSeconds(42)));
    Run bad = run("server", "run", "--idle", "soon");
    assertEquals(2, bad.exit());
    assertEquals("crosscheck: --idle: 'soon' is not a duration; write 600, 90s, 30m or 2h (see 'crosscheck server run --help')\n", bad.err());
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = CrosscheckCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static void deleteRecursively(Path path) throws IOException {
    try (var paths = Files.walk(path)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
