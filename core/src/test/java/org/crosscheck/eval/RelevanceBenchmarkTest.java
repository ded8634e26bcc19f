package org.crosscheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.BenchmarkInputException;
import org.crosscheck.Crosscheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness end to end through the facade, on a corpus of two articles made here. */
class RelevanceBenchmarkTest {
  @TempDir Path dir;
  private Path corpus;

  @BeforeEach
  void corpus() throws IOException {
    corpus = Files.createDirectory(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("alpha.txt"), """
        Alpha title

        The general called the letter an honest mistake.

        Troops stay in the country for now.

        Helicopters will fly at night.
        """);
    Files.writeString(corpus.resolve("beta.txt"), """
        Beta title

        A mistake, the minister said, and nothing more.

        The helicopters fly over the zone.
        """);
  }

  @Test
  void runsTopicsThroughTheFacadeAndEvaluatesTheirHits() throws IOException {
    Path topics = Files.writeString(dir.resolve("topics.tsv"), "mistake\tmistake\nhelicopter\thelicopters night\n");
    Path qrels = Files.writeString(dir.resolve("qrels.txt"), """
        mistake 0 alpha:1 2
        mistake 0 beta:1 1
        helicopter 0 alpha:3 2
        helicopter 0 beta:2 0
        """);
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      crosscheck.index(corpus);
      BenchmarkResult result = RelevanceBenchmark.load(topics, qrels).run(crosscheck);

      TopicMetrics mistake = result.topic("mistake").orElseThrow();
      assertEquals(List.of("alpha:1", "beta:1"), mistake.ranking().stream().map(RankedDocument::docId).sorted().toList());
      assertEquals(1.0, mistake.metric("recall@2"));
      assertEquals(1.0, mistake.metric("map"));
      TopicMetrics helicopter = result.topic("helicopter").orElseThrow();
      assertEquals(List.of("alpha:3", "beta:2"), helicopter.ranking().stream().map(RankedDocument::docId).toList());
      assertEquals(1.0, helicopter.metric("ndcg@10"));
      assertEquals(0.5, helicopter.metric("p@2"));

      assertEquals(0.75, result.metric("p@2"));
      assertEquals(2, result.topicCount());
      assertEquals(1.0, result.judgedShareInFirst(10));
      assertEquals(List.of(new Floor(Metric.P_10, 0.5)), result.missed(List.of(new Floor(Metric.P_10, 0.5), new Floor(Metric.MAP, 1))));
    }
  }

  @Test
  void depthLimitsTheHitsPerTopic() throws IOException {
    Path topics = Files.writeString(dir.resolve("topics.tsv"), "mistake\tmistake\n");
    Path qrels = Files.writeString(dir.resolve("qrels.txt"), "mistake 0 alpha:1 1\nmistake 0 beta:1 1\n");
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      crosscheck.index(corpus);
      BenchmarkResult result = RelevanceBenchmark.load(topics, qrels).withDepth(1).run(crosscheck);
      assertEquals(1, result.topic("mistake").orElseThrow().retrieved());
      assertEquals(0.5, result.metric("recall@10"));
    }
  }

  @Test
  void aTopicWhoseQueryDoesNotParseIsNamedByFileAndLine() throws IOException {
    Path topics = Files.writeString(dir.resolve("topics.tsv"), "ok\tmistake\nbroken\t\"unclosed\n");
    Path qrels = Files.writeString(dir.resolve("qrels.txt"), "ok 0 alpha:1 1\nbroken 0 alpha:1 1\n");
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      crosscheck.index(corpus);
      RelevanceBenchmark benchmark = RelevanceBenchmark.load(topics, qrels);
      BenchmarkInputException e = assertThrows(BenchmarkInputException.class, () -> benchmark.run(crosscheck));
      assertEquals(topics + ":2", e.getMessage().substring(0, e.getMessage().indexOf(": topic 'broken'")));
    }
  }

  @Test
  void topicsGivenInCodeMustBeJudged() {
    Qrels qrels = Qrels.of(List.of(new Judgment("a", "x:1", 1)));
    assertThrows(IllegalArgumentException.class, () -> RelevanceBenchmark.of(List.of(new Topic("b", "q")), qrels));
    assertThrows(IllegalArgumentException.class, () -> RelevanceBenchmark.of(List.of(), qrels));
  }
}
