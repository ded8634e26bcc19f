package org.crosscheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each metric on a small ranking worked out by hand. */
class TopicMetricsTest {
  private static final double EXACT = 1e-12;

  /** Judged: a=2, b=0, c=1, d=3 (not retrieved). Retrieved: a, x (unjudged), b, c. */
  private static TopicMetrics ranking() {
    Qrels qrels = Qrels.of(List.of(new Judgment("t", "a", 2), new Judgment("t", "b", 0), new Judgment("t", "c", 1), new Judgment("t", "d", 3)));
    Run run = Run.builder().add("t", "a", 4).add("t", "x", 3).add("t", "b", 2).add("t", "c", 1).build();
    return TopicMetrics.of(new Topic("t", "q"), run.ranking("t"), qrels);
  }

  @Test
  void precisionDividesByTheCutoffEvenPastTheEndOfTheRanking() {
    assertEquals(1.0, ranking().metric("p@1"), EXACT);
    assertEquals(0.5, ranking().metric("p@4"), EXACT);
    assertEquals(0.2, ranking().metric("p@10"), EXACT);
  }

  @Test
  void recallDividesByAllRelevantJudgments() {
    assertEquals(1 / 3.0, ranking().metric("recall@2"), EXACT);
    assertEquals(2 / 3.0, ranking().metric("recall@10"), EXACT);
  }

  @Test
  void averagePrecisionCountsUnretrievedRelevantAsZero() {
    assertEquals((1.0 + 2 / 4.0) / 3, ranking().metric("map"), EXACT);
  }

  @Test
  void reciprocalRankIsOfTheFirstRelevantHit() {
    assertEquals(1.0, ranking().metric("mrr"), EXACT);
    Run late = Run.builder().add("t", "x", 2).add("t", "c", 1).build();
    Qrels qrels = Qrels.of(List.of(new Judgment("t", "c", 1)));
    assertEquals(0.5, TopicMetrics.of(new Topic("t", "q"), late.ranking("t"), qrels).metric("mrr"), EXACT);
  }

  @Test
  void ndcgUsesGradesAsGainsAgainstTheIdealJudgedRanking() {
    double dcg = 2 / log2(2) + 1 / log2(5);
    double ideal = 3 / log2(2) + 2 / log2(3) + 1 / log2(4);
    assertEquals(dcg / ideal, ranking().metric("ndcg@10"), EXACT);
    assertEquals(2 / 3.0, ranking().metric("ndcg@1"), EXACT);
  }

  @Test
  void aTopicWithoutRelevantJudgmentsScoresZeroEverywhere() {
    Qrels qrels = Qrels.of(List.of(new Judgment("t", "a", 0)));
    TopicMetrics topic = TopicMetrics.of(new Topic("t", "q"), Run.builder().add("t", "a", 1).build().ranking("t"), qrels);
    for (Metric metric : Metric.STANDARD) {
      assertEquals(0.0, topic.value(metric), EXACT, metric.name());
    }
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}
