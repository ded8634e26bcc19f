package org.crosscheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.crosscheck.UnknownMetricException;
import org.junit.jupiter.api.Test;

class MetricTest {
  @Test
  void namesReadWithoutCaseAndMapOntoTrecEvalNames() {
    assertEquals(List.of("P_5", "P_10", "recall_10", "ndcg_cut_10", "map", "recip_rank"),
        Metric.STANDARD.stream().map(Metric::trecEvalName).toList());
    assertEquals(List.of("p@5", "p@10", "recall@10", "ndcg@10", "map", "mrr"), Metric.STANDARD.stream().map(Metric::name).toList());
    assertEquals(Metric.NDCG_10, Metric.parse(" nDCG@10 "));
    assertEquals(Metric.P_10, Metric.parse("P@10"));
  }

  @Test
  void trecEvalNamesAreAcceptedToo() {
    for (Metric metric : Metric.STANDARD) {
      assertEquals(metric, Metric.parse(metric.trecEvalName()));
    }
    assertEquals(new Metric(Metric.Measure.NDCG, 20), Metric.parse("ndcg_cut_20"));
  }

  @Test
  void unknownNamesAndCutoffsAreTypedErrorsNamingTheName() {
    assertEquals("unknown metric 'ndcg@ten': use p@K, recall@K, ndcg@K, map or mrr (or trec_eval's P_K, recall_K, ndcg_cut_K, map, recip_rank)",
        assertThrows(UnknownMetricException.class, () -> Metric.parse("ndcg@ten")).getMessage());
    assertEquals("unknown metric 'p@0': the cut-off must be between 1 and 10000",
        assertThrows(UnknownMetricException.class, () -> Metric.parse("p@0")).getMessage());
    assertThrows(UnknownMetricException.class, () -> Metric.parse("ndcg"));
    assertThrows(UnknownMetricException.class, () -> Metric.parse("bpref"));
  }

  @Test
  void floorsReadMetricEqualsValue() {
    assertEquals(new Floor(Metric.NDCG_10, 0.6), Floor.parse("ndcg@10=0.6"));
    assertEquals(new Floor(Metric.MRR, 1), Floor.parse("recip_rank = 1"));
    assertThrows(IllegalArgumentException.class, () -> Floor.parse("ndcg@10"));
    assertThrows(IllegalArgumentException.class, () -> Floor.parse("ndcg@10=1.5"));
    assertThrows(IllegalArgumentException.class, () -> Floor.parse("ndcg@10=high"));
    assertThrows(UnknownMetricException.class, () -> Floor.parse("ndgc@10=0.5"));
  }
}
