package org.crosscheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Crosscheck;
import org.crosscheck.TestCorpora;
import org.junit.jupiter.api.Test;

/**
 * The project's own relevance benchmark over the seed articles: its means must stay within the
 * tolerances of {@code benchmark/seeds/expected.tsv}, in either direction.
 */
class SeedsBenchmarkTest {
  private static final Path FOLDER = Path.of("src/test/resources/benchmark/seeds");

  /** One line of expected.tsv. */
  record Expected(Metric metric, double value, double tolerance) {}

  @Test
  void seedsFiguresStayWithinTheirTolerances() throws IOException {
    List<Expected> expected = expected();
    assertEquals(Metric.STANDARD, expected.stream().map(Expected::metric).toList(), "expected.tsv covers the standard metrics in order");
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      crosscheck.index(TestCorpora.seeds());
      BenchmarkResult result = RelevanceBenchmark.load(FOLDER.resolve("topics.tsv"), FOLDER.resolve("qrels.txt")).run(crosscheck);
      assertEquals(24, result.topicCount());
      List<String> drifts = new ArrayList<>();
      for (Expected e : expected) {
        double actual = result.mean(e.metric());
        if (Math.abs(actual - e.value()) > e.tolerance()) {
          drifts.add(String.format(Locale.ROOT, "%s is %.4f, expected %.4f ± %s (%s)", e.metric().name(), actual, e.value(),
              e.tolerance(), actual > e.value() ? "better: record it in expected.tsv" : "worse: a regression"));
        }
      }
      assertEquals(List.of(), drifts);
    }
  }

  private static List<Expected> expected() throws IOException {
    List<Expected> expected = new ArrayList<>();
    for (String line : Files.readAllLines(FOLDER.resolve("expected.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      assertEquals(3, columns.length, "expected.tsv line '" + line + "' must be metric<TAB>value<TAB>tolerance");
      expected.add(new Expected(Metric.parse(columns[0]), Double.parseDouble(columns[1]), Double.parseDouble(columns[2])));
    }
    return expected;
  }
}
