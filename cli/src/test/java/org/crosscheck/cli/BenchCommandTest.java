package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir Path dir;
  private Path index;
  private Path topics;
  private Path qrels;

  @BeforeEach
  void seedIndexAndBenchmark() throws IOException {
    index = dir.resolve("index");
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      crosscheck.index(Path.of(System.getProperty("crosscheck.seeds")));
    }
    topics = Files.writeString(dir.resolve("topics.tsv"), "k1\tKirkuk\nmistake\t\"honest mistake\"\n");
    qrels = Files.writeString(dir.resolve("qrels.txt"), """
        k1 0 003_e91974fb60900235:12 1
        mistake 0 004_cb1a41b3aa05e9b8:12 2
        mistake 0 000_0db9211732ea5d3d:9 2
        mistake 0 001_ae67bbf54034e372:10 1
        mistake 0 003_e91974fb60900235:19 0
        """);
  }

  @Test
  void printsOneRowPerTopicAndTheMeans() {
    Cli cli = bench(qrels);
    assertEquals(ExitCode.OK, cli.exitCode());
    List<String> lines = cli.out().lines().toList();
    assertEquals("topic       p@5    p@10  recall@10  ndcg@10     map     mrr   rel   ret  query", lines.get(0));
    assertTrue(lines.get(1).startsWith("k1       0.2000  0.1000     1.0000   1.0000  1.0000  1.0000     1     1  Kirkuk"), lines.get(1));
    assertTrue(lines.get(2).startsWith("mistake  0.6000  0.3000     1.0000"), lines.get(2));
    assertTrue(lines.get(3).startsWith("all      0.4000  0.2000     1.0000"), lines.get(3));
    assertEquals("", cli.err());
  }

  @Test
  void aMissedFloorExitsWithOne() {
    Cli cli = bench(qrels, "--min", "P_5=0.5", "--min", "mrr=1");
    assertEquals(ExitCode.FAILURE, cli.exitCode());
    assertTrue(cli.out().contains("floor p@5 >= 0.5000: MISSED (0.4000)\nfloor mrr >= 1.0000: met (1.0000)\n"), cli.out());
  }

  @Test
  void writesTheRunAndJson() throws IOException {
    Path run = dir.resolve("run.txt");
    Cli cli = bench(qrels, "--run-out", run.toString(), "--format", "json", "--min", "ndcg@5=0.5");
    assertEquals(ExitCode.OK, cli.exitCode());
    assertTrue(Files.readAllLines(run).get(0).matches("k1 Q0 003_e91974fb60900235:12 1 [0-9.]+ crosscheck"));
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertEquals(2, json.get("topicCount").asInt());
    assertEquals("ndcg_cut_5", json.get("trecEval").get("ndcg@5").asText());
    assertEquals(1.0, json.get("overall").get("mrr").asDouble());
    assertTrue(json.get("floors").get(0).get("met").asBoolean());
  }

  @Test
  void badInputExitsWithTwoNamingTheFileAndLine() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.txt"), "k1 0 003_e91974fb60900235:12 1\nk1 0 oops\n");
    Cli cli = bench(broken);
    assertEquals(ExitCode.USAGE, cli.exitCode());
    assertEquals(List.of("crosscheck: " + broken + ":2: expected 'topic 0 docid grade' (4 columns), got 3: 'k1 0 oops'"), cli.errLines());
  }

  @Test
  void anUnknownMetricExitsWithTwo() {
    Cli cli = bench(qrels, "--min", "ndcg@ten=0.5");
    assertEquals(ExitCode.USAGE, cli.exitCode());
    assertTrue(cli.err().startsWith("crosscheck: unknown metric 'ndcg@ten'"), cli.err());
  }

  private Cli bench(Path judgments, String... more) {
    List<String> args = new ArrayList<>(List.of("bench", "--index", index.toString(), "--topics", topics.toString(), "--qrels", judgments.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }
}
