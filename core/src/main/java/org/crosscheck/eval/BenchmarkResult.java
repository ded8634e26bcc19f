package org.crosscheck.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.UnknownMetricException;
import org.crosscheck.internal.Check;

/**
 * The outcome of a relevance benchmark: each topic's judged ranking, the run it came from, and the
 * overall figures, which are means over all the benchmark's topics. Immutable.
 *
 * <p>Every topic counts in the means, including one that retrieved nothing (it scores 0) and one
 * with no relevant document (it scores 0 too). That equals trec_eval's {@code all} line when the
 * judgments hold exactly the benchmark's topics and are evaluated with {@code -c}; without
 * {@code -c} trec_eval leaves out topics that retrieved nothing, which would flatter a system that
 * fails to retrieve.
 *
 * @param topics every topic, in benchmark order
 * @param run what was retrieved, as a TREC run
 */
public record BenchmarkResult(List<TopicMetrics> topics, Run run) {
  public BenchmarkResult {
    topics = List.copyOf(topics);
    Check.notNull(run, "run");
    if (topics.isEmpty()) {
      throw new IllegalArgumentException("the parameter 'topics' must not be empty");
    }
  }

  /** The mean of a metric over all topics. */
  public double mean(Metric metric) {
    Check.notNull(metric, "metric");
    return topics.stream().mapToDouble(topic -> topic.value(metric)).sum() / topics.size();
  }

  /**
   * The mean of a metric named as {@link Metric#parse} reads it: {@code metric("ndcg@10")}.
   *
   * @throws UnknownMetricException when the name is not a metric
   */
  public double metric(String name) {
    return mean(Metric.parse(name));
  }

  /** The means of several metrics, in the order given. */
  public Map<Metric, Double> means(List<Metric> metrics) {
    return metrics.stream().distinct().collect(Collectors.toMap(Function.identity(), this::mean, (a, b) -> a, LinkedHashMap::new));
  }

  /** One topic's figures, by id. */
  public Optional<TopicMetrics> topic(String id) {
    return topics.stream().filter(topic -> topic.id().equals(id)).findFirst();
  }

  /** The floors whose metric's mean falls below them, in the order given; empty when all are met. */
  public List<Floor> missed(List<Floor> floors) {
    return floors.stream().filter(floor -> !floor.isMetBy(mean(floor.metric()))).toList();
  }

  public int topicCount() {
    return topics.size();
  }

  /** Topics whose judgments name no relevant document: they score 0 whatever the system does. */
  public long topicsWithoutRelevant() {
    return topics.stream().filter(topic -> topic.relevant() == 0).count();
  }

  /** Topics that retrieved nothing at all. */
  public long topicsWithoutResults() {
    return topics.stream().filter(topic -> topic.retrieved() == 0).count();
  }

  /**
   * The share of the first {@code k} retrieved documents, over all topics, that have a judgment.
   * Below 1 the judgments have holes, and the figures count unjudged hits as not relevant.
   */
  public double judgedShareInFirst(int k) {
    Check.between(k, 1, Integer.MAX_VALUE, "k");
    long shown = topics.stream().mapToLong(topic -> Math.min(k, topic.retrieved())).sum();
    long unjudged = topics.stream().mapToLong(topic -> topic.unjudgedInFirst(k)).sum();
    return shown == 0 ? 1 : (shown - unjudged) / (double) shown;
  }
}
