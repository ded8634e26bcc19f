package org.crosscheck.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.crosscheck.eval.BenchmarkResult;
import org.crosscheck.eval.Floor;
import org.crosscheck.eval.Metric;
import org.crosscheck.eval.TopicMetrics;

/** A relevance benchmark as a table: one row per topic, the means last, then each floor. */
public final class BenchTextView {
  private static final int QUERY_WIDTH = 50;

  private BenchTextView() {}

  public static void print(BenchmarkResult result, List<Metric> metrics, List<Floor> floors, PrintWriter out) {
    int idWidth = Math.max("topic".length(), result.topics().stream().mapToInt(t -> t.id().length()).max().orElse(0));
    StringBuilder header = new StringBuilder(pad("topic", idWidth));
    for (Metric metric : metrics) {
      header.append("  ").append(padLeft(metric.name(), width(metric)));
    }
    header.append("  ").append(padLeft("rel", 4)).append("  ").append(padLeft("ret", 4)).append("  query");
    out.println(header);
    for (TopicMetrics topic : result.topics()) {
      StringBuilder row = new StringBuilder(pad(topic.id(), idWidth));
      for (Metric metric : metrics) {
        row.append("  ").append(padLeft(figure(topic.value(metric)), width(metric)));
      }
      row.append("  ").append(padLeft(String.valueOf(topic.relevant()), 4))
          .append("  ").append(padLeft(String.valueOf(topic.retrieved()), 4))
          .append("  ").append(shorten(topic.topic().query()));
      out.println(row);
    }
    StringBuilder all = new StringBuilder(pad("all", idWidth));
    for (Metric metric : metrics) {
      all.append("  ").append(padLeft(figure(result.mean(metric)), width(metric)));
    }
    out.println(all);
    out.println(String.format(Locale.ROOT, "%d topics (%d with no relevant paragraph, %d with no hits); %.0f%% of the first 10 hits judged",
        result.topicCount(), result.topicsWithoutRelevant(), result.topicsWithoutResults(), 100 * result.judgedShareInFirst(10)));
    for (Floor floor : floors) {
      double value = result.mean(floor.metric());
      out.println(String.format(Locale.ROOT, "floor %s >= %s: %s (%s)", floor.metric().name(), figure(floor.minimum()),
          floor.isMetBy(value) ? "met" : "MISSED", figure(value)));
    }
  }

  private static int width(Metric metric) {
    return Math.max(6, metric.name().length());
  }

  private static String figure(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  private static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }

  private static String shorten(String query) {
    return query.length() > QUERY_WIDTH ? query.substring(0, QUERY_WIDTH - 3) + "..." : query;
  }
}
