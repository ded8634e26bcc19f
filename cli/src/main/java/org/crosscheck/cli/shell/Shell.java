package org.crosscheck.cli.shell;

import java.nio.file.Path;
import org.crosscheck.Crosscheck;
import org.crosscheck.CrosscheckException;
import org.crosscheck.cli.output.Style;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The interactive shell: reads lines with JLine (editing, history kept across runs, tab completion),
 * searches for a line that is a query and runs a line that starts with a colon as one of {@link
 * ShellActions}. A mistake in a line gets one error line and the shell goes on.
 *
 * <pre>{@code
 * new Shell(crosscheck, terminal, Style.plain(), historyFile).run();
 * }</pre>
 *
 * Used by one thread.
 */
public final class Shell {
  public static final String PROMPT = "crosscheck> ";

  private final ShellSession session;
  private final LineReader reader;
  private final Terminal terminal;

  /**
   * @param crosscheck the index to search
   * @param terminal where to read and write; a dumb terminal gives plain, unpaged output
   * @param style colours or plain markers
   * @param historyFile where earlier lines are kept across runs
   */
  public Shell(Crosscheck crosscheck, Terminal terminal, Style style, Path historyFile) {
    this.terminal = terminal;
    this.session = new ShellSession(crosscheck, style, new Pager(terminal), ShellActions.standard());
    this.reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("crosscheck")
        .parser(new ShellParser())
        .completer(new ShellCompleter(session))
        .variable(LineReader.HISTORY_FILE, historyFile)
        .variable(LineReader.HISTORY_SIZE, 1000)
        // Queries use ! for NOT; history expansion would rewrite them.
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
        .build();
  }

  /** Reads and answers lines until {@code :quit} or end of input. */
  public void run() {
    while (!session.quitting()) {
      String line;
      try {
        line = reader.readLine(prompt());
      } catch (UserInterruptException e) {
        continue; // Ctrl-C drops the line being typed, as in a Unix shell
      } catch (EndOfFileException e) {
        break;
      }
      handle(line.strip());
    }
    terminal.writer().flush();
  }

  /** Answers one line. */
  void handle(String line) {
    if (line.isEmpty()) {
      return;
    }
    try {
      if (line.startsWith(":")) {
        int space = line.indexOf(' ');
        String name = (space < 0 ? line.substring(1) : line.substring(1, space)).strip();
        String argument = space < 0 ? "" : line.substring(space + 1).strip();
        session.actions().named(name).ifPresentOrElse(
            action -> action.run(argument, session),
            () -> session.error("no command :" + name + "; :help lists them"));
      } else {
        session.search(line);
      }
    } catch (CrosscheckException | IllegalArgumentException e) {
      session.error(e.getMessage());
    }
  }

  private String prompt() {
    String filter = session.outlet().map(o -> "[" + o + "]").orElse("");
    return session.style().colour()
        ? "\u001B[1mcrosscheck" + filter + ">\u001B[0m "
        : "crosscheck" + filter + "> ";
  }

  LineReader reader() {
    return reader;
  }

  ShellSession session() {
    return session;
  }
}
