package org.crosscheck.cli.setup;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether crosscheck talks to a person at a terminal, or to a pipe or a file. Uses the JDK only, so
 * the background server's small client ({@code org.crosscheck.cli.server.ServerClient}) can ask the
 * same questions of its own process and get the answers a one-off run would get.
 */
public final class TerminalCheck {
  /** How long the terminal's width may take to find out before it counts as unknown, as picocli waits. */
  private static final long COLUMNS_WAIT_MILLIS = 2000;

  private TerminalCheck() {}

  /**
   * True when standard input and output are a terminal that can redraw a line. JDK 21 gives a
   * {@link Console} only then; JDK 22 and later give one always and say through {@code
   * Console.isTerminal()}, looked up by name because crosscheck compiles for 21.
   */
  public static boolean isInteractive() {
    String term = System.getenv("TERM");
    if ("dumb".equals(term)) {
      return false;
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /**
   * Whether this process has a console that is a terminal: standard input and output are both
   * terminals, as picocli decides it (its {@code Help.Ansi.isTTY}, through the JDK's {@link Console})
   * when it chooses to colour and to fit help to the terminal's width. On Linux the answer is read
   * from where {@code /proc/self/fd/0} and {@code 1} lead, which takes microseconds; asking the JDK
   * first looks through every module for a console provider, which takes a cold JVM over 10 ms.
   */
  public static boolean consoleIsTerminal() {
    Boolean linux = terminalDevice("/proc/self/fd/0");
    if (linux != null) {
      return linux && Boolean.TRUE.equals(terminalDevice("/proc/self/fd/1"));
    }
    try {
      Console console = System.console();
      if (console == null) {
        return false;
      }
      try {
        return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
      } catch (NoSuchMethodException e) {
        return true;
      }
    } catch (Throwable e) {
      return true;
    }
  }

  /**
   * Whether a {@code /proc/self/fd} link leads to a terminal device (a pseudo-terminal, a virtual or
   * serial terminal, the console); null when there is no such link to read (not Linux).
   */
  private static Boolean terminalDevice(String fdLink) {
    String target;
    try {
      target = Files.readSymbolicLink(Path.of(fdLink)).toString();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return null;
    }
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }

  /**
   * The width of the controlling terminal in columns, or -1 when it cannot be told. Asked as picocli
   * asks it ({@code stty -a -F /dev/tty}, {@code tput cols} on macOS), so help fits the same width
   * whether a one-off run or the server's client asked.
   */
  public static int columns() {
    boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    ProcessBuilder command = mac ? new ProcessBuilder("tput", "cols") : new ProcessBuilder("stty", "-a", "-F", "/dev/tty");
    command.redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      Process process = command.start();
      process.getOutputStream().close();
      String output;
      try (InputStream in = process.getInputStream()) {
        output = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace('\n', ' ');
      }
      if (!process.waitFor(COLUMNS_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
        process.destroy();
        return -1;
      }
      // Compiled here, not in a constant: the server's client loads this class and should not pay for regex.
      Matcher columns = Pattern.compile(mac ? "^\\s*(\\d+)\\s*$" : "olumns:?\\s+(\\d+)").matcher(output);
      return columns.find() ? Integer.parseInt(columns.group(1)) : -1;
    } catch (IOException | NumberFormatException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
