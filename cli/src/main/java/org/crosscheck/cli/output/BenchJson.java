package org.crosscheck.cli.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.eval.BenchmarkResult;
import org.crosscheck.eval.Floor;
import org.crosscheck.eval.Metric;
import org.crosscheck.eval.TopicMetrics;

/**
 * The JSON form of a relevance benchmark. Scripts rely on these names; add fields, never rename
 * them. Metric keys are crosscheck's names ({@code ndcg@10}); {@code trecEval} maps them to
 * trec_eval's.
 */
public record BenchJson(
    int topicCount, long topicsWithoutRelevant, long topicsWithoutResults, double judgedShareInFirst10,
    Map<String, String> trecEval, Map<String, Double> overall, List<Topic> topics, List<FloorJson> floors) {

  public record Topic(String id, String query, int relevant, int retrieved, int relevantRetrieved, Map<String, Double> metrics) {}

  public record FloorJson(String metric, double minimum, double value, boolean met) {}

  public static BenchJson of(BenchmarkResult result, List<Metric> metrics, List<Floor> floors) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Double> overall = new LinkedHashMap<>();
    for (Metric metric : metrics) {
      names.put(metric.name(), metric.trecEvalName());
      overall.put(metric.name(), result.mean(metric));
    }
    List<Topic> topics = result.topics().stream().map(topic -> topic(topic, metrics)).toList();
    List<FloorJson> checked = floors.stream().map(floor -> {
      double value = result.mean(floor.metric());
      return new FloorJson(floor.metric().name(), floor.minimum(), value, floor.isMetBy(value));
    }).toList();
    return new BenchJson(result.topicCount(), result.topicsWithoutRelevant(), result.topicsWithoutResults(),
        result.judgedShareInFirst(10), names, overall, topics, checked);
  }

  private static Topic topic(TopicMetrics topic, List<Metric> metrics) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (Metric metric : metrics) {
      values.put(metric.name(), topic.value(metric));
    }
    return new Topic(topic.id(), topic.topic().query(), topic.relevant(), topic.retrieved(), topic.relevantRetrieved(), values);
  }
}
