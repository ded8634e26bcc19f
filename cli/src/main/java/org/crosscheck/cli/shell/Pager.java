package org.crosscheck.cli.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * Shows text a screen at a time: when it is taller than the terminal, it stops before the bottom
 * line and waits for a key (space: next screen, Enter: next line, q: stop). Dumb terminals and
 * pipes get the text in one go, as there is no screen to fill.
 */
final class Pager {
  static final String MORE = "-- more: space next page, Enter next line, q stop --";

  private final Terminal terminal;

  Pager(Terminal terminal) {
    this.terminal = terminal;
  }

  void show(String text) {
    PrintWriter out = terminal.writer();
    String[] lines = text.endsWith("\n") ? text.substring(0, text.length() - 1).split("\n", -1) : text.split("\n", -1);
    int height = terminal.getHeight();
    int width = terminal.getWidth();
    if (!canPage() || height < 3 || rows(lines, 0, lines.length, width) < height) {
      out.print(text.endsWith("\n") || text.isEmpty() ? text : text + "\n");
      out.flush();
      return;
    }
    int next = 0;
    int room = height - 1;
    while (next < lines.length) {
      int used = 0;
      while (next < lines.length && (used == 0 || used + rows(lines, next, next + 1, width) <= room)) {
        used += rows(lines, next, next + 1, width);
        out.println(lines[next++]);
      }
      if (next >= lines.length) {
        break;
      }
      out.print(AttributedString.fromAnsi("\u001B[7m" + MORE + "\u001B[0m").toAnsi(terminal));
      out.flush();
      int key = readKey();
      out.print("\r" + " ".repeat(Math.min(MORE.length(), Math.max(0, width - 1))) + "\r");
      if (key == 'q' || key == 'Q' || key == 3 || key < 0) {
        break;
      }
      room = key == '\r' || key == '\n' ? 1 : height - 1;
    }
    out.flush();
  }

  private boolean canPage() {
    String type = terminal.getType();
    return type != null && !type.startsWith(Terminal.TYPE_DUMB);
  }

  /** How many screen rows lines {@code from} to {@code to} take once long ones wrap. */
  private static int rows(String[] lines, int from, int to, int width) {
    int rows = 0;
    for (int i = from; i < to; i++) {
      int columns = AttributedString.fromAnsi(lines[i]).columnLength();
      rows += width <= 0 ? 1 : Math.max(1, (columns + width - 1) / width);
    }
    return rows;
  }

  private int readKey() {
    Attributes saved = terminal.enterRawMode();
    try {
      return terminal.reader().read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      terminal.setAttributes(saved);
    }
  }
}
