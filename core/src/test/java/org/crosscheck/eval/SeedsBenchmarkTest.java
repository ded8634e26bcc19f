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
 * The project's own benchmarks over the seed articles, relevance (topics, qrels) and same-fact
 * (facts.json): their figures must stay within the tolerances of {@code benchmark/seeds/expected.tsv},
 * in either direction.
 */
class SeedsBenchmarkTest {
  private static final Path FOLDER = Path.of("src/test/resources/benchmark/seeds");

  /** One line of expected.tsv: a relevance metric ({@code ndcg@10}) or a same-fact one ({@code facts.f1}). */
  record Expected(String metric, double value, double tolerance) {}

  @Test
  void seedsFiguresStayWithinTheirTolerances() throws IOException {
    List<Expected> expected = expected();
    assertEquals(Metric.STANDARD.stream().map(Metric::name).toList(),
        expected.stream().map(Expected::metric).filter(m -> !SameFactMetric.isNamed(m)).toList(),
        "expected.tsv covers the standard metrics in order");
    assertEquals(SameFactMetric.all().stream().map(SameFactMetric::name).toList(),
        expected.stream().map(Expected::metric).filter(SameFactMetric::isNamed).toList(),
        "expected.tsv covers every same-fact metric in order");
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      crosscheck.index(TestCorpora.seeds());
      BenchmarkResult result = RelevanceBenchmark.load(FOLDER.resolve("topics.tsv"), FOLDER.resolve("qrels.txt")).run(crosscheck);
      assertEquals(24, result.topicCount());
      SameFactBenchmarkResult facts = SameFactBenchmark.load(FOLDER.resolve("facts.json")).run(crosscheck);
      assertEquals(28, facts.facts().size());
      assertEquals(21, facts.paragraphQueries().size());
      List<String> drifts = new ArrayList<>();
      for (Expected e : expected) {
        double actual = SameFactMetric.isNamed(e.metric()) ? facts.value(e.metric()) : result.metric(e.metric());
        if (Math.abs(actual - e.value()) > e.tolerance()) {
          drifts.add(String.format(Locale.ROOT, "%s is %.4f, expected %.4f ± %s (%s)", e.metric(), actual, e.value(),
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
      expected.add(new Expected(name(columns[0]), Double.parseDouble(columns[1]), Double.parseDouble(columns[2])));
    }
    return expected;
  }

  /** The metric's name as crosscheck writes it; an unknown name fails here, not silently later. */
  private static String name(String column) {
    return SameFactMetric.isNamed(column) ? SameFactMetric.parse(column).name() : Metric.parse(column).name();
  }
}
