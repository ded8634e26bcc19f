package org.crosscheck.cli.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.cli.ExitCode;
import org.crosscheck.cli.Invocation;
import org.crosscheck.cli.server.ServerProtocol.Request;
import org.crosscheck.cli.setup.Home;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crosscheck server run|status|stop}: the background server that answers quick commands. */
@Command(
    name = "server",
    description = {
      "Show, stop or run the background server that answers search, same-fact, entities and facts for ./crosscheck.",
      "The launcher starts one when none runs and sends it the next of those commands, which then take about a tenth",
      "of the time a JVM of their own takes. It stops after 10 minutes without a request (CROSSCHECK_SERVER_IDLE,",
      "e.g. 30m) and when the jar is rebuilt. CROSSCHECK_SERVER=off keeps the launcher from using one."
    },
    subcommands = {ServerCommand.Run.class, ServerCommand.Status.class, ServerCommand.Stop.class})
public final class ServerCommand implements Callable<Integer> {
  /** How long a server waits for a request before it stops, unless CROSSCHECK_SERVER_IDLE says otherwise. */
  public static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);
  /** How long {@code server stop} waits for the server to finish. */
  static final Duration STOP_WAIT = Duration.ofSeconds(15);

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }

  /** {@code crosscheck server run}: serves in the foreground until stopped. */
  @Command(name = "run", description = "Run the server in the foreground until it is idle for --idle or stopped"
      + " (the launcher starts it in the background by itself, logging to .crosscheck/server.log).")
  static final class Run implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--idle", paramLabel = "DURATION",
        description = "Stop after this long without a request: 90s, 30m, 2h (default: CROSSCHECK_SERVER_IDLE, else 10m).")
    String idle;

    @Override
    public Integer call() throws IOException {
      String setting = idle != null ? idle : Invocation.of(spec).environment("CROSSCHECK_SERVER_IDLE");
      Duration idleTimeout;
      try {
        idleTimeout = setting == null || setting.isBlank() ? DEFAULT_IDLE : parse(setting);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), (idle != null ? "--idle" : "CROSSCHECK_SERVER_IDLE") + ": " + e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      Optional<CrosscheckServer> server = CrosscheckServer.start(CrosscheckServer.Settings.forThisProcess(Home.directory(), idleTimeout));
      if (server.isEmpty()) {
        out.println("crosscheck server: another server runs for " + Home.directory() + "; this one is not needed");
        out.flush();
        return ExitCode.OK;
      }
      out.println("crosscheck server: process " + ProcessHandle.current().pid() + " listening on " + server.get().files().socket()
          + "; stops after " + describe(idleTimeout) + " idle");
      out.flush();
      String reason = server.get().awaitStop();
      out.println("crosscheck server: process " + ProcessHandle.current().pid() + " stopped after " + server.get().served()
          + " requests: " + reason);
      out.flush();
      return ExitCode.OK;
    }
  }

  /** {@code crosscheck server status}: whether a server runs, and what it has done. */
  @Command(name = "status", description = "Show whether a server runs for this folder, since when, and how many requests it served;"
      + " exit code 1 when none runs.")
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      ServerFiles files = new ServerFiles(Home.directory());
      ByteArrayOutputStream status = new ByteArrayOutputStream();
      int code = ServerClient.run(Request.control(ServerProtocol.STATUS, files.folder().toString()), files.socket(), status,
          OutputStream.nullOutputStream(), () -> -1);
      PrintWriter out = spec.commandLine().getOut();
      if (code == ServerProtocol.NOT_SERVED) {
        out.println("crosscheck server: not running for " + files.folder()
            + (CrosscheckServer.isRunning(files) ? " (a server holds the lock but does not answer; see " + files.pid() + ")" : ""));
        out.flush();
        return ExitCode.FAILURE;
      }
      out.print(status.toString(StandardCharsets.UTF_8));
      out.flush();
      return ExitCode.OK;
    }
  }

  /** {@code crosscheck server stop}: stops the server and waits until it has. */
  @Command(name = "stop", description = "Stop the server of this folder, if one runs, once its running requests are done;"
      + " the next search, same-fact, entities or facts starts a new one.")
  static final class Stop implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, IOException {
      ServerFiles files = new ServerFiles(Home.directory());
      // Stopped on purpose: the next command may start a server at once, not a minute later.
      Files.deleteIfExists(files.startAttempt());
      int code = ServerClient.run(Request.control(ServerProtocol.STOP, files.folder().toString()), files.socket(),
          OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), () -> -1);
      PrintWriter out = spec.commandLine().getOut();
      if (code == ServerProtocol.NOT_SERVED) {
        out.println("crosscheck server: not running for " + files.folder());
        out.flush();
        return ExitCode.OK;
      }
      long deadline = System.nanoTime() + STOP_WAIT.toNanos();
      while (CrosscheckServer.isRunning(files)) {
        if (System.nanoTime() > deadline) {
          spec.commandLine().getErr().println("crosscheck: the server was asked to stop but still runs after "
              + describe(STOP_WAIT) + "; its process id is in " + files.pid());
          spec.commandLine().getErr().flush();
          return ExitCode.FAILURE;
        }
        Thread.sleep(50);
      }
      out.println("crosscheck server: stopped");
      out.flush();
      return ExitCode.OK;
    }
  }

  /** A duration as people write it: 600 (seconds), 90s, 30m, 2h, 500ms. */
  static Duration parse(String text) {
    Matcher matcher = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a duration; write 600, 90s, 30m or 2h");
    }
    long amount = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? "s" : matcher.group(2);
    Duration duration = switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofSeconds(amount);
    };
    if (duration.isZero()) {
      throw new IllegalArgumentException("'" + text + "' is no time at all; give a positive duration");
    }
    return duration;
  }

  /** A duration as people read it: 10m, 1h 5m, 42s. */
  static String describe(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds == 0) {
      return duration.toMillis() + "ms";
    }
    StringBuilder text = new StringBuilder();
    if (seconds >= 3600) {
      text.append(seconds / 3600).append('h');
    }
    if (seconds % 3600 >= 60) {
      text.append(text.isEmpty() ? "" : " ").append(seconds % 3600 / 60).append('m');
    }
    if (seconds % 60 > 0) {
      text.append(text.isEmpty() ? "" : " ").append(seconds % 60).append('s');
    }
    return text.toString();
  }
}
