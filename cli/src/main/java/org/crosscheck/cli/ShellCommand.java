package org.crosscheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.Crosscheck;
import org.crosscheck.cli.output.Style;
import org.crosscheck.cli.setup.Home;
import org.crosscheck.cli.shell.Shell;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck shell}: search interactively, one query per line. */
@Command(
    name = "shell",
    description = {
      "Search interactively: type a query to search, :help for the commands (:para, :outlet, :limit, :json, :quit).",
      "Tab completes commands, fields and outlets; earlier lines are kept across runs in ~/.crosscheck/history."
    })
final class ShellCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "auto, always or never (default: ${DEFAULT-VALUE}; auto colours on a terminal unless NO_COLOR is set).")
  Style.When color;

  @Override
  public Integer call() {
    try (Crosscheck crosscheck = index.openForReading(spec.commandLine().getErr())) {
      crosscheck.paragraphCount(); // a missing index is one line and exit 2 now, not an error per query
      // dumb(true): when piped, a plain terminal is what is wanted, not a warning about it.
      try (Terminal terminal = TerminalBuilder.builder().name("crosscheck").system(true).dumb(true).build()) {
        boolean dumb = terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB);
        Style style = switch (color) {
          case ALWAYS -> Style.coloured();
          case NEVER -> Style.plain();
          case AUTO -> dumb || !noColorUnset() ? Style.plain() : Style.coloured();
        };
        new Shell(crosscheck, terminal, style, historyFile()).run();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
      }
    }
    return ExitCode.OK;
  }

  static Path historyFile() {
    Path folder = Home.directory();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + folder + " for the shell's history: " + e.getMessage(), e);
    }
    return folder.resolve("history");
  }

  private static boolean noColorUnset() {
    String noColor = System.getenv("NO_COLOR");
    return noColor == null || noColor.isEmpty();
  }
}
