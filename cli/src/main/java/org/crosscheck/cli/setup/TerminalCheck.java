package org.crosscheck.cli.setup;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether crosscheck talks to a person at a terminal, or to a pipe or a file. */
public final class TerminalCheck {
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
}
