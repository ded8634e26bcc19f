package org.crosscheck.cli.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.crosscheck.cli.CrosscheckCommand;
import org.crosscheck.cli.IndexProvider;
import org.crosscheck.cli.Invocation;
import org.crosscheck.cli.server.ServerProtocol.Request;

/**
 * An in-process server on a temporary folder, and the two ways of running a command the tests
 * compare: as a one-off run of this process would (picocli writers over byte buffers, UTF-8 as
 * picocli's default), and through the server with the real client code.
 */
final class ServerFixture implements AutoCloseable {
  static final String IDENTITY = "test build\n";

  final ServerFiles files;
  final CrosscheckServer server;

  private ServerFixture(ServerFiles files, CrosscheckServer server) {
    this.files = files;
    this.server = server;
  }

  /** A server for {@code folder} (crosscheck's folder, {@code <home>/.crosscheck}). */
  static ServerFixture start(Path folder) throws IOException {
    return start(folder, Duration.ofMinutes(5), () -> IDENTITY);
  }

  static ServerFixture start(Path folder, Duration idle, Supplier<String> identityNow) throws IOException {
    ServerFiles files = new ServerFiles(folder);
    CrosscheckServer server = CrosscheckServer.start(new CrosscheckServer.Settings(files, IDENTITY, identityNow, idle, false))
        .orElseThrow(() -> new AssertionError("another server holds " + files.lock()));
    return new ServerFixture(files, server);
  }

  /** What one run printed, byte for byte, and its exit code. */
  record Output(int exit, byte[] out, byte[] err) {
    String outText() {
      return new String(out, StandardCharsets.UTF_8);
    }

    String errText() {
      return new String(err, StandardCharsets.UTF_8);
    }
  }

  /** The terminal and environment of the process that asks. */
  record Asker(Path workingDirectory, Map<String, String> environment, boolean terminal, int columns) {
    static Asker pipe(Path workingDirectory) {
      return new Asker(workingDirectory, Map.of(), false, -1);
    }
  }

  static Output local(Asker asker, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintWriter outWriter = new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), true);
    PrintWriter errWriter = new PrintWriter(new BufferedWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true);
    Invocation invocation = Invocation.of(asker.workingDirectory(), asker.environment(), asker.terminal(), asker::columns, IndexProvider.OWN);
    int exit = CrosscheckCommand.commandLine(invocation).setOut(outWriter).setErr(errWriter).execute(args);
    outWriter.flush();
    errWriter.flush();
    return new Output(exit, out.toByteArray(), err.toByteArray());
  }

  Output served(Asker asker, String... args) {
    return served(IDENTITY, asker, args);
  }

  Output served(String identity, Asker asker, String... args) {
    Request request = new Request(ServerProtocol.RUN, identity, files.folder().toString(), asker.workingDirectory().toString(),
        asker.terminal(), "UTF-8", "UTF-8", List.of(args), asker.environment());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ServerClient.run(request, files.socket(), out, err, asker::columns);
    return new Output(exit, out.toByteArray(), err.toByteArray());
  }

  /** Runs {@code args} both ways and asserts the same bytes and exit code; returns the output. */
  Output assertSameAsLocal(Asker asker, String... args) {
    Output local = local(asker, args);
    Output served = served(asker, args);
    assertTrue(served.exit() != ServerProtocol.NOT_SERVED, "the server did not run " + List.of(args));
    assertEquals(local.errText(), served.errText(), "standard error of " + List.of(args));
    assertEquals(local.outText(), served.outText(), "standard output of " + List.of(args));
    assertArrayEquals(local.out(), served.out());
    assertArrayEquals(local.err(), served.err());
    assertEquals(local.exit(), served.exit(), "exit code of " + List.of(args));
    return served;
  }

  @Override
  public void close() throws InterruptedException {
    server.stop("the test is over");
    assertTrue(server.awaitStop(Duration.ofSeconds(30)), "the server did not stop");
  }
}
