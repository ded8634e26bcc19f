package org.crosscheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.Crosscheck;
import org.crosscheck.TestCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ac.gla.terrier.jtreceval.trec_eval;

/**
 * The harness's figures against trec_eval itself (9.0.4, run through jtreceval), on the same run
 * file and qrels. trec_eval prints four decimals, so values must agree to within half of the last.
 */
class TrecEvalOracleTest {
  private static final List<Metric> METRICS = List.of(
      Metric.parse("p@1"), Metric.parse("p@2"), Metric.P_5, Metric.P_10, Metric.parse("recall@2"), Metric.parse("recall@5"),
      Metric.RECALL_10, Metric.parse("ndcg@1"), Metric.parse("ndcg@3"), Metric.NDCG_10, Metric.MAP, Metric.MRR);
  /** trec_eval's -m arguments for {@link #METRICS}. */
  private static final String[] MEASURES = {
      "-m", "P.1,2,5,10", "-m", "recall.2,5,10", "-m", "ndcg_cut.1,3,10", "-m", "map", "-m", "recip_rank"};
  private static final double HALF_LAST_DIGIT = 0.00005 + 1e-9;

  @TempDir Path dir;

  @Test
  void figuresEqualTrecEvalOnRunWithTiesUnjudgedAndUnanswerableTopics() throws IOException {
    Path qrels = write("qrels.txt", """
        tie 0 a:1 2
        tie 0 a:2 1
        tie 0 a:10 0
        tie 0 b:3 1
        tie 0 b:4 3
        norel 0 a:1 0
        norel 0 a:2 0
        graded 0 c:1 3
        graded 0 c:2 2
        graded 0 c:3 1
        graded 0 c:4 0
        graded 0 c:5 -1
        graded 0 c:6 2
        empty 0 d:1 1
        unjudged 0 e:9 1
        """);
    Run run = Run.builder()
        // Three documents tie at 1.5: trec_eval reads them as a:2, a:10, a:1 (docid descending, byte order).
        .add("tie", "a:1", 1.5).add("tie", "a:10", 1.5).add("tie", "a:2", 1.5)
        .add("tie", "zz:unjudged", 1.0).add("tie", "b:3", 0.5).add("tie", "b:4", 0.25)
        // Judged, but nothing relevant: every metric is 0, and the topic still counts in the means.
        .add("norel", "a:1", 3).add("norel", "a:2", 2).add("norel", "x:1", 1)
        // Graded, with a negative grade and unjudged documents between the judged ones.
        .add("graded", "c:4", 9).add("graded", "c:2", 8).add("graded", "q:1", 7).add("graded", "c:5", 6)
        .add("graded", "c:1", 5).add("graded", "q:2", 5).add("graded", "c:3", 4).add("graded", "c:6", -2)
        // Only unjudged documents retrieved.
        .add("unjudged", "e:1", 2).add("unjudged", "e:2", 2)
        // A topic of the run that the judgments do not know: both sides ignore it.
        .add("stray", "a:1", 1)
        .topic("empty")
        .build();
    Path runFile = dir.resolve("run.txt");
    run.write(runFile, "oracle");

    RelevanceBenchmark benchmark = RelevanceBenchmark.of(List.of(
        new Topic("tie", "q"), new Topic("norel", "q"), new Topic("graded", "q"), new Topic("empty", "q"), new Topic("unjudged", "q")),
        Qrels.read(qrels));
    BenchmarkResult result = benchmark.evaluate(Run.read(runFile));

    // -c: topics that retrieved nothing ("empty") count as 0, as the harness counts them.
    Map<String, Map<String, Double>> oracle = trecEval(qrels, runFile, "-c");
    assertMatches(result, oracle, List.of("tie", "norel", "graded", "unjudged"));
    assertEquals(5.0, oracle.get("all").get("num_q"), "trec_eval -c should average over all five judged topics");
  }

  @Test
  void figuresEqualTrecEvalOnTheSeedsBenchmark() {
    Path topics = Path.of("src/test/resources/benchmark/seeds/topics.tsv");
    Path qrels = Path.of("src/test/resources/benchmark/seeds/qrels.txt");
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      crosscheck.index(TestCorpora.seeds());
      BenchmarkResult result = RelevanceBenchmark.load(topics, qrels).run(crosscheck);
      Path runFile = dir.resolve("seeds.run");
      result.run().write(runFile, "crosscheck");
      Map<String, Map<String, Double>> oracle = trecEval(qrels, runFile);
      assertEquals(result.topicCount(), oracle.get("all").get("num_q"), "every seeds topic retrieves something");
      assertMatches(result, oracle, result.topics().stream().map(TopicMetrics::id).toList());
    }
  }

  private static void assertMatches(BenchmarkResult result, Map<String, Map<String, Double>> oracle, List<String> topicsShown) {
    List<String> differences = new ArrayList<>();
    for (Metric metric : METRICS) {
      for (String id : topicsShown) {
        double ours = result.topic(id).orElseThrow().value(metric);
        Double theirs = oracle.get(id).get(metric.trecEvalName());
        if (theirs == null || Math.abs(ours - theirs) > HALF_LAST_DIGIT) {
          differences.add(id + " " + metric.trecEvalName() + ": ours " + ours + ", trec_eval " + theirs);
        }
      }
      double ours = result.mean(metric);
      double theirs = oracle.get("all").get(metric.trecEvalName());
      if (Math.abs(ours - theirs) > HALF_LAST_DIGIT) {
        differences.add("all " + metric.trecEvalName() + ": ours " + ours + ", trec_eval " + theirs);
      }
    }
    assertEquals(List.of(), differences);
  }

  /** trec_eval's per-topic (-q) and overall figures: topic -> measure -> value. */
  private static Map<String, Map<String, Double>> trecEval(Path qrels, Path run, String... flags) {
    assertTrue(trec_eval.isPlatformSupported(), "jtreceval has no trec_eval binary for this platform");
    List<String> args = new ArrayList<>(List.of("-q", "-m", "num_q"));
    args.addAll(List.of(flags));
    args.addAll(List.of(MEASURES));
    args.add(qrels.toString());
    args.add(run.toString());
    trec_eval te = new trec_eval();
    String[][] lines = te.runAndGetOutput(args.toArray(String[]::new));
    assertEquals(0, te.getLastExitCode(), "trec_eval failed on " + args);
    Map<String, Map<String, Double>> byTopic = new HashMap<>();
    for (String[] line : lines) {
      byTopic.computeIfAbsent(line[1].strip(), t -> new HashMap<>()).put(line[0].strip(), Double.parseDouble(line[2].strip()));
    }
    assertTrue(byTopic.containsKey("all"), "trec_eval printed no 'all' line: " + byTopic);
    return byTopic;
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
