package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.crosscheck.UnknownMetricException;
import org.crosscheck.internal.Check;

/**
 * How one topic fared: its judged ranking, from which every {@link Metric} is computed, the way
 * trec_eval computes it. Immutable.
 *
 * @param topic the topic
 * @param ranking what was retrieved, in trec_eval's order (see {@link Run}), with the judgments
 * @param relevant how many documents the judgments count as relevant for the topic
 * @param idealGrades the positive grades of the topic's judgments, best first (the ideal ranking of nDCG)
 */
public record TopicMetrics(Topic topic, List<RankedDocument> ranking, int relevant, List<Integer> idealGrades) {
  public TopicMetrics {
    Check.notNull(topic, "topic");
    ranking = List.copyOf(ranking);
    idealGrades = List.copyOf(idealGrades);
    Check.between(relevant, 0, Integer.MAX_VALUE, "relevant");
    for (int i = 0; i < ranking.size(); i++) {
      if (ranking.get(i).rank() != i + 1) {
        throw new IllegalArgumentException("the parameter 'ranking' must be numbered 1, 2, 3...; rank " + ranking.get(i).rank() + " is at place " + (i + 1));
      }
    }
    for (int i = 0; i < idealGrades.size(); i++) {
      if (idealGrades.get(i) <= 0 || i > 0 && idealGrades.get(i) > idealGrades.get(i - 1)) {
        throw new IllegalArgumentException("the parameter 'idealGrades' must be positive grades, best first, got " + idealGrades);
      }
    }
  }

  /** The topic's judged ranking for a run. */
  static TopicMetrics of(Topic topic, List<ScoredDocument> retrieved, Qrels qrels) {
    List<RankedDocument> ranking = new ArrayList<>(retrieved.size());
    for (ScoredDocument doc : retrieved) {
      OptionalInt grade = qrels.grade(topic.id(), doc.docId());
      ranking.add(new RankedDocument(ranking.size() + 1, doc.docId(), doc.score(), grade.isPresent(), grade.orElse(0)));
    }
    return new TopicMetrics(topic, ranking, qrels.relevantCount(topic.id()), qrels.idealGrades(topic.id()));
  }

  /** The value of a metric for this topic. */
  public double value(Metric metric) {
    Check.notNull(metric, "metric");
    return metric.of(this);
  }

  /**
   * The value of a metric named as {@link Metric#parse} reads it, such as {@code "ndcg@10"}.
   *
   * @throws UnknownMetricException when the name is not a metric
   */
  public double metric(String name) {
    return value(Metric.parse(name));
  }

  /** The topic's id. */
  public String id() {
    return topic.id();
  }

  /** How many documents were retrieved. */
  public int retrieved() {
    return ranking.size();
  }

  /** How many relevant documents were retrieved. */
  public int relevantRetrieved() {
    return relevantInFirst(ranking.size());
  }

  /** How many relevant documents are among the first {@code k} retrieved. */
  public int relevantInFirst(int k) {
    int count = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      if (ranking.get(i).isRelevant()) {
        count++;
      }
    }
    return count;
  }

  /** How many of the first {@code k} retrieved have no judgment: a hole in the judgments when it is high. */
  public int unjudgedInFirst(int k) {
    int count = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      if (!ranking.get(i).judged()) {
        count++;
      }
    }
    return count;
  }

  double averagePrecision() {
    if (relevant == 0) {
      return 0;
    }
    double sum = 0;
    int found = 0;
    for (RankedDocument doc : ranking) {
      if (doc.isRelevant()) {
        found++;
        sum += found / (double) doc.rank();
      }
    }
    return sum / relevant;
  }

  double reciprocalRank() {
    for (RankedDocument doc : ranking) {
      if (doc.isRelevant()) {
        return 1.0 / doc.rank();
      }
    }
    return 0;
  }

  double ndcg(int k) {
    double ideal = 0;
    for (int i = 0; i < Math.min(k, idealGrades.size()); i++) {
      ideal += idealGrades.get(i) / log2(i + 2);
    }
    if (ideal == 0) {
      return 0;
    }
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      dcg += ranking.get(i).gain() / log2(i + 2);
    }
    return dcg / ideal;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}
