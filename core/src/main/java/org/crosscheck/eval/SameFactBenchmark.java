package org.crosscheck.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.BenchmarkInputException;
import org.crosscheck.Crosscheck;
import org.crosscheck.ParagraphNotFoundException;
import org.crosscheck.facts.SameFactOptions;
import org.crosscheck.facts.Sources;
import org.crosscheck.internal.Check;

/**
 * The same-fact benchmark: a gold file of facts ({@link GoldFacts}) run through the same-fact query
 * at its calibrated thresholds, measured at the outlet level (is an outlet said to report a fact one
 * that does?) per fact, per paragraph query and overall. {@link SameFactEvaluation} runs the queries;
 * this reads its judgements at the default thresholds.
 *
 * <pre>{@code
 * SameFactBenchmarkResult result = SameFactBenchmark.load(Path.of("facts.json")).run(crosscheck);
 * assertTrue(result.value(SameFactMetric.F1) >= 0.85);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SameFactBenchmark {
  private final Path file;
  private final GoldFacts gold;

  private SameFactBenchmark(Path file, GoldFacts gold) {
    this.file = file;
    this.gold = gold;
  }

  /**
   * Reads a gold file.
   *
   * @throws BenchmarkInputException when the file is missing or malformed, or holds no fact
   */
  public static SameFactBenchmark load(Path goldFile) {
    Check.notNull(goldFile, "goldFile");
    GoldFacts gold = GoldFacts.load(goldFile);
    if (gold.facts().isEmpty()) {
      throw new BenchmarkInputException(goldFile, 0, "the same-fact gold file holds no fact");
    }
    return new SameFactBenchmark(goldFile, gold);
  }

  /** The gold data. */
  public GoldFacts gold() {
    return gold;
  }

  /**
   * Runs every gold statement and paragraph query against the index.
   *
   * @throws BenchmarkInputException when a paragraph query or a gold source is not in the index (the
   *     gold is about another corpus), or a statement does not run
   */
  public SameFactBenchmarkResult run(Crosscheck crosscheck) {
    Check.notNull(crosscheck, "crosscheck");
    SameFactEvaluation evaluation;
    try {
      evaluation = SameFactEvaluation.run(crosscheck, gold);
    } catch (ParagraphNotFoundException e) {
      throw new BenchmarkInputException(file, 0, "paragraph query '" + e.id() + "' is not in the index; is the gold about corpus '"
          + gold.corpus() + "'?");
    } catch (org.crosscheck.InvalidQueryException e) {
      throw new BenchmarkInputException(file, 0, "a gold statement does not run: " + e.getMessage());
    }
    checkSourcesAreIndexed(evaluation);
    double statementThreshold = SameFactOptions.DEFAULT_STATEMENT_THRESHOLD;
    double paragraphThreshold = SameFactOptions.DEFAULT_PARAGRAPH_THRESHOLD;
    Map<String, List<SameFactEvaluation.Judgement>> byStatement = byQuery(evaluation.statements());
    List<SameFactBenchmarkResult.Row> facts = new ArrayList<>();
    for (GoldFacts.Fact fact : gold.facts()) {
      List<SameFactEvaluation.Judgement> judgements = new ArrayList<>();
      for (String statement : new LinkedHashSet<>(fact.statements())) {
        judgements.addAll(byStatement.getOrDefault(statement, List.of()));
      }
      if (!fact.statements().isEmpty()) {
        facts.add(new SameFactBenchmarkResult.Row(fact.id(), fact.summary(),
            new SameFactEvaluation.Judgements(judgements).at(statementThreshold)));
      }
    }
    Map<String, List<SameFactEvaluation.Judgement>> byParagraph = byQuery(evaluation.paragraphs());
    List<SameFactBenchmarkResult.Row> paragraphs = new ArrayList<>();
    for (GoldFacts.ParagraphQuery query : gold.paragraphQueries()) {
      paragraphs.add(new SameFactBenchmarkResult.Row(query.paragraph(), String.join(", ", query.facts()),
          new SameFactEvaluation.Judgements(byParagraph.getOrDefault(query.paragraph(), List.of())).at(paragraphThreshold)));
    }
    return new SameFactBenchmarkResult(facts, paragraphs, evaluation.statements().at(statementThreshold),
        evaluation.paragraphs().at(paragraphThreshold), statementThreshold, paragraphThreshold);
  }

  /**
   * An outlet the gold names but the index lacks would never be judged, and its facts would look
   * better found than they are: such a gold file belongs to another corpus.
   */
  private void checkSourcesAreIndexed(SameFactEvaluation evaluation) {
    Set<String> answered = new LinkedHashSet<>();
    evaluation.statements().all().forEach(j -> answered.add(j.outlet()));
    for (GoldFacts.Source source : gold.sources()) {
      String name = Sources.of(source.outlet(), source.article());
      if (!answered.contains(name)) {
        throw new BenchmarkInputException(file, 0, "the gold names the source '" + name + "', which the index does not hold;"
            + " is the gold about corpus '" + gold.corpus() + "'?");
      }
    }
  }

  private static Map<String, List<SameFactEvaluation.Judgement>> byQuery(SameFactEvaluation.Judgements judgements) {
    Map<String, List<SameFactEvaluation.Judgement>> byQuery = new LinkedHashMap<>();
    for (SameFactEvaluation.Judgement j : judgements.all()) {
      byQuery.computeIfAbsent(j.query(), q -> new ArrayList<>()).add(j);
    }
    return byQuery;
  }
}
