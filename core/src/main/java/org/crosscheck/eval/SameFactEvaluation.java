package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.Crosscheck;
import org.crosscheck.facts.OutletFinding;
import org.crosscheck.facts.SameFactOptions;
import org.crosscheck.facts.SameFactResult;
import org.crosscheck.facts.Sources;

/**
 * Runs the gold queries through the same-fact query and measures, at the outlet level, how often an
 * outlet said to report a fact does (precision) and how many of the outlets that do are found
 * (recall). Each query is run once; any threshold can then be measured from the scores, which is how
 * {@link SameFactOptions#DEFAULT_THRESHOLD} is calibrated.
 *
 * <pre>{@code
 * SameFactEvaluation eval = SameFactEvaluation.run(crosscheck, GoldFacts.load(Path.of("core/src/test/resources/benchmark/seeds/facts.json")));
 * System.out.println(eval.statements().at(0.45)); // precision 0.95, recall 0.93 (tp 40, fp 2, fn 3)
 * }</pre>
 */
public final class SameFactEvaluation {
  /** One outlet's answer to one gold query: its best score and whether the gold says it reports. */
  public record Judgement(String query, String outlet, double score, boolean expected, String evidenceParagraph) {}

  /** Outlet-level counts at one threshold. */
  public record PrecisionRecall(double threshold, int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      int said = truePositives + falsePositives;
      return said == 0 ? 1 : (double) truePositives / said;
    }

    public double recall() {
      int wanted = truePositives + falseNegatives;
      return wanted == 0 ? 1 : (double) truePositives / wanted;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "threshold %.2f: precision %.3f, recall %.3f (tp %d, fp %d, fn %d)",
          threshold, precision(), recall(), truePositives, falsePositives, falseNegatives);
    }
  }

  /** The judgements of one kind of query. */
  public record Judgements(List<Judgement> all) {
    public Judgements {
      all = List.copyOf(all);
    }

    public PrecisionRecall at(double threshold) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (Judgement j : all) {
        boolean said = j.score() >= threshold && j.score() > 0;
        if (said && j.expected()) {
          tp++;
        } else if (said) {
          fp++;
        } else if (j.expected()) {
          fn++;
        }
      }
      return new PrecisionRecall(threshold, tp, fp, fn);
    }

    /** The judgements that are wrong at this threshold, for reading. */
    public List<Judgement> errorsAt(double threshold) {
      return all.stream().filter(j -> (j.score() >= threshold && j.score() > 0) != j.expected()).toList();
    }
  }

  private final Judgements statements;
  private final Judgements paragraphs;

  private SameFactEvaluation(Judgements statements, Judgements paragraphs) {
    this.statements = statements;
    this.paragraphs = paragraphs;
  }

  /** Judgements for the reworded statements. */
  public Judgements statements() {
    return statements;
  }

  /** Judgements for the paragraph queries. */
  public Judgements paragraphs() {
    return paragraphs;
  }

  /** Both kinds together. */
  public Judgements combined() {
    List<Judgement> all = new ArrayList<>(statements.all());
    all.addAll(paragraphs.all());
    return new Judgements(all);
  }

  /** Runs every gold statement and paragraph query once, keeping every outlet's best score. */
  public static SameFactEvaluation run(Crosscheck crosscheck, GoldFacts gold) {
    // The lowest possible threshold: every outlet's best evidence comes back with its score.
    SameFactOptions everything = SameFactOptions.defaults().withThreshold(Double.MIN_VALUE);
    List<Judgement> statements = new ArrayList<>();
    for (GoldFacts.Fact fact : gold.facts()) {
      Set<String> expected = sourcesOf(List.of(fact));
      for (String statement : fact.statements()) {
        judge(statement, crosscheck.sameFact(statement, everything), expected, statements);
      }
    }
    List<Judgement> paragraphs = new ArrayList<>();
    for (GoldFacts.ParagraphQuery query : gold.paragraphQueries()) {
      Set<String> expected = sourcesOf(query.facts().stream().map(gold::fact).toList());
      SameFactResult result = crosscheck.sameFactAsParagraph(query.paragraph(), everything);
      judge(query.paragraph(), result, expected, paragraphs);
    }
    return new SameFactEvaluation(new Judgements(statements), new Judgements(paragraphs));
  }

  private static Set<String> sourcesOf(List<GoldFacts.Fact> facts) {
    Set<String> sources = new LinkedHashSet<>();
    for (GoldFacts.Fact fact : facts) {
      for (GoldFacts.Reporter reporter : fact.reportedBy()) {
        sources.add(Sources.of(reporter.outlet(), reporter.article()));
      }
    }
    return sources;
  }

  private static void judge(String query, SameFactResult result, Set<String> expected, List<Judgement> into) {
    for (OutletFinding finding : result.outlets()) {
      into.add(new Judgement(query, finding.outlet(), finding.score(), expected.contains(finding.outlet()),
          finding.evidence().map(e -> e.paragraphId()).orElse("")));
    }
  }
}
