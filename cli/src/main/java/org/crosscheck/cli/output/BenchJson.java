package org.crosscheck.cli.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.eval.BenchmarkResult;
import org.crosscheck.eval.Floor;
import org.crosscheck.eval.Metric;
import org.crosscheck.eval.SameFactBenchmarkResult;
import org.crosscheck.eval.SameFactEvaluation.PrecisionRecall;
import org.crosscheck.eval.SameFactFloor;
import org.crosscheck.eval.SameFactMetric;
import org.crosscheck.eval.TopicMetrics;

/**
 * The JSON form of a benchmark run. Scripts rely on these names; add fields, never rename them.
 * Metric keys are crosscheck's names ({@code ndcg@10}); {@code trecEval} maps them to trec_eval's.
 * The relevance fields are null when only the same-fact benchmark ran ({@code --facts} alone);
 * {@code facts} is null when it did not run. {@code floors} holds the floors of both.
 */
public record BenchJson(
    Integer topicCount, Long topicsWithoutRelevant, Long topicsWithoutResults, Double judgedShareInFirst10,
    Map<String, String> trecEval, Map<String, Double> overall, List<Topic> topics, List<FloorJson> floors, Facts facts) {

  public record Topic(String id, String query, int relevant, int retrieved, int relevantRetrieved, Map<String, Double> metrics) {}

  public record FloorJson(String metric, double minimum, double value, boolean met) {}

  /**
   * The same-fact benchmark: {@code overall} maps every {@code facts.*} metric name to its value;
   * each row has outlet-level counts at the thresholds.
   */
  public record Facts(
      double statementThreshold, double paragraphThreshold, Map<String, Double> overall, Counts statements, Counts paragraphs,
      List<Row> facts, List<Row> paragraphQueries) {}

  public record Row(String id, String about, Counts counts) {}

  public record Counts(double precision, double recall, double f1, int truePositives, int falsePositives, int falseNegatives) {
    static Counts of(PrecisionRecall pr) {
      return new Counts(pr.precision(), pr.recall(), pr.f1(), pr.truePositives(), pr.falsePositives(), pr.falseNegatives());
    }
  }

  /** A relevance benchmark alone, as before {@code --facts}. */
  public static BenchJson of(BenchmarkResult result, List<Metric> metrics, List<Floor> floors) {
    return of(result, metrics, floors, null, List.of());
  }

  /** Either benchmark or both; a null result is one that did not run. */
  public static BenchJson of(
      BenchmarkResult result, List<Metric> metrics, List<Floor> floors, SameFactBenchmarkResult factResult, List<SameFactFloor> factFloors) {
    List<FloorJson> checked = new ArrayList<>();
    Facts facts = factResult == null ? null : facts(factResult);
    if (factResult != null) {
      for (SameFactFloor floor : factFloors) {
        double value = factResult.value(floor.metric());
        checked.add(new FloorJson(floor.metric().name(), floor.minimum(), value, floor.isMetBy(value)));
      }
    }
    if (result == null) {
      return new BenchJson(null, null, null, null, null, null, null, checked, facts);
    }
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Double> overall = new LinkedHashMap<>();
    for (Metric metric : metrics) {
      names.put(metric.name(), metric.trecEvalName());
      overall.put(metric.name(), result.mean(metric));
    }
    List<Topic> topics = result.topics().stream().map(topic -> topic(topic, metrics)).toList();
    List<FloorJson> relevanceFloors = floors.stream().map(floor -> {
      double value = result.mean(floor.metric());
      return new FloorJson(floor.metric().name(), floor.minimum(), value, floor.isMetBy(value));
    }).toList();
    checked.addAll(0, relevanceFloors);
    return new BenchJson(result.topicCount(), result.topicsWithoutRelevant(), result.topicsWithoutResults(),
        result.judgedShareInFirst(10), names, overall, topics, checked, facts);
  }

  private static Facts facts(SameFactBenchmarkResult result) {
    Map<String, Double> overall = new LinkedHashMap<>();
    for (SameFactMetric metric : SameFactMetric.all()) {
      overall.put(metric.name(), result.value(metric));
    }
    return new Facts(result.statementThreshold(), result.paragraphThreshold(), overall, Counts.of(result.statements()),
        Counts.of(result.paragraphs()),
        result.facts().stream().map(BenchJson::row).toList(),
        result.paragraphQueries().stream().map(BenchJson::row).toList());
  }

  private static Row row(SameFactBenchmarkResult.Row row) {
    return new Row(row.id(), row.about(), Counts.of(row.counts()));
  }

  private static Topic topic(TopicMetrics topic, List<Metric> metrics) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (Metric metric : metrics) {
      values.put(metric.name(), topic.value(metric));
    }
    return new Topic(topic.id(), topic.topic().query(), topic.relevant(), topic.retrieved(), topic.relevantRetrieved(), values);
  }
}
