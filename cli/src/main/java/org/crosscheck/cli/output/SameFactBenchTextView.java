package org.crosscheck.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.crosscheck.eval.SameFactBenchmarkResult;
import org.crosscheck.eval.SameFactEvaluation.PrecisionRecall;
import org.crosscheck.eval.SameFactFloor;

/**
 * The same-fact benchmark as a table: one row per fact (its statements), one per paragraph query,
 * then the totals per kind of query and overall, then each floor.
 */
public final class SameFactBenchTextView {
  private static final int ABOUT_WIDTH = 50;

  private SameFactBenchTextView() {}

  public static void print(SameFactBenchmarkResult result, List<SameFactFloor> floors, PrintWriter out) {
    int idWidth = Stream.concat(result.facts().stream(), result.paragraphQueries().stream())
        .mapToInt(row -> row.id().length()).reduce("paragraph query".length(), Math::max);
    if (!result.facts().isEmpty()) {
      out.println(header("fact", idWidth, "summary"));
      result.facts().forEach(row -> out.println(line(row.id(), row.counts(), idWidth) + "  " + shorten(row.about())));
    }
    if (!result.paragraphQueries().isEmpty()) {
      out.println(header("paragraph query", idWidth, "facts"));
      result.paragraphQueries().forEach(row -> out.println(line(row.id(), row.counts(), idWidth) + "  " + shorten(row.about())));
    }
    out.println(header("", idWidth, "").stripTrailing());
    out.println(line("statements", result.statements(), idWidth));
    out.println(line("paragraphs", result.paragraphs(), idWidth));
    out.println(line("all", result.overall(), idWidth));
    out.println(String.format(Locale.ROOT, "%d facts, %d paragraph queries; outlet-level, at thresholds %.2f (statements) and %.2f (paragraphs)",
        result.facts().size(), result.paragraphQueries().size(), result.statementThreshold(), result.paragraphThreshold()));
    for (SameFactFloor floor : floors) {
      double value = result.value(floor.metric());
      out.println(String.format(Locale.ROOT, "floor %s >= %.4f: %s (%.4f)", floor.metric().name(), floor.minimum(),
          floor.isMetBy(value) ? "met" : "MISSED", value));
    }
  }

  private static String header(String first, int idWidth, String last) {
    return pad(first, idWidth) + "  precision  recall      f1    tp    fp    fn  " + last;
  }

  private static String line(String id, PrecisionRecall counts, int idWidth) {
    return pad(id, idWidth) + String.format(Locale.ROOT, "  %9.4f  %6.4f  %6.4f  %4d  %4d  %4d", counts.precision(), counts.recall(),
        counts.f1(), counts.truePositives(), counts.falsePositives(), counts.falseNegatives());
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  private static String shorten(String text) {
    return text.length() > ABOUT_WIDTH ? text.substring(0, ABOUT_WIDTH - 3) + "..." : text;
  }
}
