package org.crosscheck.cli.output;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.crosscheck.index.IndexListener;
import org.crosscheck.index.IndexProgress;
import org.crosscheck.index.IndexReport;

/**
 * A progress bar for an indexing run, redrawn in place on a terminal:
 * {@code [=========>          ]  45%  1003 articles  3120 paragraphs/s  0:07 left}. When output goes
 * to a pipe there is no bar; the summary at the end says it all.
 */
public final class IndexProgressView implements IndexListener {
  /** Redrawing more often than this only costs time: eyes do not follow faster. */
  private static final long REDRAW_NANOS = Duration.ofMillis(100).toNanos();
  private static final int BAR_WIDTH = 24;

  private final PrintWriter out;
  private final LongSupplier clock;
  private long lastDraw = Long.MIN_VALUE;
  private int drawnWidth;

  /**
   * @param out where the bar is drawn (standard error, so standard output stays clean for scripts)
   * @param clock nanoseconds, for spacing redraws
   */
  public IndexProgressView(PrintWriter out, LongSupplier clock) {
    this.out = out;
    this.clock = clock;
  }

  /** A bar on {@code out} when it is a terminal, nothing otherwise. */
  public static IndexListener forOutput(PrintWriter out, boolean terminal) {
    return terminal ? new IndexProgressView(out, System::nanoTime) : IndexListener.NONE;
  }

  @Override
  public void progress(IndexProgress progress) {
    long now = clock.getAsLong();
    if (lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS && progress.fraction() < 1.0) {
      return;
    }
    lastDraw = now;
    String line = line(progress);
    out.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
    out.flush();
    drawnWidth = line.length();
  }

  @Override
  public void finished(IndexReport report) {
    clear();
  }

  /** Wipes the bar, so what is printed next starts on a clean line. */
  public void clear() {
    if (drawnWidth > 0) {
      out.print("\r" + " ".repeat(drawnWidth) + "\r");
      out.flush();
      drawnWidth = 0;
      lastDraw = Long.MIN_VALUE;
    }
  }

  /** The bar's text for one moment of the run. */
  public static String line(IndexProgress progress) {
    int filled = (int) Math.floor(progress.fraction() * BAR_WIDTH);
    String bar = "=".repeat(filled) + (filled < BAR_WIDTH ? ">" + " ".repeat(BAR_WIDTH - filled - 1) : "");
    String left = progress.remaining().map(d -> clock(d) + " left").orElse("");
    return String.format(Locale.ROOT, "[%s] %3d%%  %d articles  %.0f paragraphs/s  %s", bar,
        (int) Math.floor(progress.fraction() * 100), progress.articlesRead(), progress.paragraphsPerSecond(), left).stripTrailing();
  }

  /** {@code 0:07}, {@code 12:30}, {@code 1:02:03}. */
  static String clock(Duration duration) {
    long seconds = Math.round(duration.toMillis() / 1000.0);
    long hours = seconds / 3600;
    long minutes = seconds / 60 % 60;
    long secs = seconds % 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
        : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
  }
}
