package org.crosscheck.eval;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.UnknownMetricException;
import org.crosscheck.internal.Check;

/**
 * A relevance metric, with its cut-off where it has one. Each one is computed exactly as trec_eval
 * 9 computes the measure named by {@link #trecEvalName()}:
 *
 * <table>
 *   <caption>Metric names</caption>
 *   <tr><th>name</th><th>trec_eval</th><th>what it is, per topic</th></tr>
 *   <tr><td>{@code p@k}</td><td>{@code P_k}</td><td>relevant hits in the first k, divided by k (always k, even when fewer were retrieved)</td></tr>
 *   <tr><td>{@code recall@k}</td><td>{@code recall_k}</td><td>relevant hits in the first k, divided by the topic's relevant documents</td></tr>
 *   <tr><td>{@code ndcg@k}</td><td>{@code ndcg_cut_k}</td><td>DCG of the first k (gain = relevance grade, discount log2(rank + 1)) over the DCG of the best possible first k</td></tr>
 *   <tr><td>{@code map}</td><td>{@code map}</td><td>average precision: the precision at each relevant hit, summed, over the topic's relevant documents</td></tr>
 *   <tr><td>{@code mrr}</td><td>{@code recip_rank}</td><td>1 / the rank of the first relevant hit, 0 when none is retrieved</td></tr>
 * </table>
 *
 * <p>A document is relevant when its grade is 1 or more; unjudged documents count as not relevant.
 * A topic with no relevant document scores 0 on every metric. Names are read without case, and
 * trec_eval's own names ({@code P_10}, {@code ndcg_cut_10}, {@code recip_rank}) are accepted too.
 *
 * @param measure what is measured
 * @param cutoff how many of the first hits count, for the measures that have a cut-off; 0 otherwise
 */
public record Metric(Measure measure, int cutoff) {
  /** The largest cut-off accepted; deeper than any benchmark is judged. */
  public static final int MAX_CUTOFF = 10_000;

  public static final Metric P_5 = new Metric(Measure.PRECISION, 5);
  public static final Metric P_10 = new Metric(Measure.PRECISION, 10);
  public static final Metric RECALL_10 = new Metric(Measure.RECALL, 10);
  public static final Metric NDCG_10 = new Metric(Measure.NDCG, 10);
  public static final Metric MAP = new Metric(Measure.AVERAGE_PRECISION, 0);
  public static final Metric MRR = new Metric(Measure.RECIPROCAL_RANK, 0);

  /** The metrics a benchmark report shows unless told otherwise. */
  public static final List<Metric> STANDARD = List.of(P_5, P_10, RECALL_10, NDCG_10, MAP, MRR);

  private static final Pattern OURS = Pattern.compile("(p|recall|ndcg)@(\\d{1,9})");
  private static final Pattern TREC_EVAL = Pattern.compile("(p|recall|ndcg_cut)_(\\d{1,9})");

  /** What a metric measures. */
  public enum Measure {
    PRECISION("p", "P", true),
    RECALL("recall", "recall", true),
    NDCG("ndcg", "ndcg_cut", true),
    AVERAGE_PRECISION("map", "map", false),
    RECIPROCAL_RANK("mrr", "recip_rank", false);

    private final String label;
    private final String trecEval;
    private final boolean hasCutoff;

    Measure(String label, String trecEval, boolean hasCutoff) {
      this.label = label;
      this.trecEval = trecEval;
      this.hasCutoff = hasCutoff;
    }

    public boolean hasCutoff() {
      return hasCutoff;
    }
  }

  public Metric {
    Check.notNull(measure, "measure");
    if (measure.hasCutoff) {
      Check.between(cutoff, 1, MAX_CUTOFF, "cutoff");
    } else if (cutoff != 0) {
      throw new IllegalArgumentException("the parameter 'cutoff' must be 0 for " + measure.label + ", got " + cutoff);
    }
  }

  /**
   * Reads a metric name: {@code p@10}, {@code recall@10}, {@code ndcg@10}, {@code map}, {@code mrr},
   * or trec_eval's {@code P_10}, {@code recall_10}, {@code ndcg_cut_10}, {@code map}, {@code recip_rank}.
   *
   * @throws UnknownMetricException when the name is none of these, or the cut-off is out of range
   */
  public static Metric parse(String name) {
    Check.notNull(name, "name");
    String key = name.strip().toLowerCase(Locale.ROOT);
    switch (key) {
      case "map" -> {
        return MAP;
      }
      case "mrr", "recip_rank" -> {
        return MRR;
      }
      default -> { }
    }
    Matcher matcher = OURS.matcher(key);
    if (!matcher.matches()) {
      matcher = TREC_EVAL.matcher(key);
    }
    if (!matcher.matches()) {
      throw new UnknownMetricException(name, "use p@K, recall@K, ndcg@K, map or mrr (or trec_eval's P_K, recall_K, ndcg_cut_K, map, recip_rank)");
    }
    Measure measure = switch (matcher.group(1)) {
      case "p" -> Measure.PRECISION;
      case "recall" -> Measure.RECALL;
      default -> Measure.NDCG;
    };
    int cutoff = Integer.parseInt(matcher.group(2));
    if (cutoff < 1 || cutoff > MAX_CUTOFF) {
      throw new UnknownMetricException(name, "the cut-off must be between 1 and " + MAX_CUTOFF);
    }
    return new Metric(measure, cutoff);
  }

  /** The name as crosscheck writes it: {@code p@10}, {@code ndcg@10}, {@code map}, {@code mrr}. */
  public String name() {
    return measure.hasCutoff ? measure.label + "@" + cutoff : measure.label;
  }

  /** The name of the same measure in trec_eval's output: {@code P_10}, {@code ndcg_cut_10}, {@code map}, {@code recip_rank}. */
  public String trecEvalName() {
    return measure.hasCutoff ? measure.trecEval + "_" + cutoff : measure.trecEval;
  }

  /** The value of this metric for one topic's judged ranking. */
  double of(TopicMetrics ranking) {
    return switch (measure) {
      case PRECISION -> ranking.relevantInFirst(cutoff) / (double) cutoff;
      case RECALL -> ranking.relevant() == 0 ? 0 : ranking.relevantInFirst(cutoff) / (double) ranking.relevant();
      case NDCG -> ranking.ndcg(cutoff);
      case AVERAGE_PRECISION -> ranking.averagePrecision();
      case RECIPROCAL_RANK -> ranking.reciprocalRank();
    };
  }

  @Override
  public String toString() {
    return name();
  }
}
