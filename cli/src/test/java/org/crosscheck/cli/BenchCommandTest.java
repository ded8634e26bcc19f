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
  private Path facts;

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
    // One seed fact whose gold is wrong on purpose: Yahoo News does report the 5,000 troops, so its
    // answer is a false positive whatever the scorer's fine points (1 fp per query). The paragraph
    // query also reports Military Times's "the Islamic State group in Iraq" (score 0.35, one of the
    // seeds' known false positives, docs/same-fact.md): 2 fp there.
    facts = Files.writeString(dir.resolve("facts.json"), """
        {"format": "crosscheck same-fact gold, version 1", "corpus": "seeds",
         "sources": [{"outlet": "FRN", "article": "000_0db9211732ea5d3d"}, {"outlet": "Yahoo News", "article": "001_ae67bbf54034e372"},
                     {"outlet": "unknown", "article": "002_a7d92eef324a7bfb"}, {"outlet": "The Media Line", "article": "003_e91974fb60900235"},
                     {"outlet": "Military Times", "article": "004_cb1a41b3aa05e9b8"}],
         "facts": [{"id": "about-5000-troops", "summary": "About 5,000 US troops are in Iraq.", "outletCount": 2,
                    "statements": ["Around 5,000 American troops are deployed in Iraq."],
                    "reportedBy": [{"outlet": "unknown", "article": "002_a7d92eef324a7bfb", "paragraphs": [8]},
                                   {"outlet": "The Media Line", "article": "003_e91974fb60900235", "paragraphs": [6]}],
                    "notReportedBy": [{"outlet": "Yahoo News", "article": "001_ae67bbf54034e372"}]}],
         "paragraphQueries": [{"paragraph": "003_e91974fb60900235:6", "facts": ["about-5000-troops"]}]}
        """);
  }

  @Test
  void factsAlonePrintsEachFactParagraphQueryAndTheTotals() {
    Cli cli = Cli.run("bench", "--index", index.toString(), "--facts", facts.toString(), "--min", "facts.f1=0.6");
    assertEquals(ExitCode.OK, cli.exitCode(), cli.err());
    assertEquals("""
        fact                    precision  recall      f1    tp    fp    fn  summary
        about-5000-troops          0.6667  1.0000  0.8000     2     1     0  About 5,000 US troops are in Iraq.
        paragraph query         precision  recall      f1    tp    fp    fn  facts
        003_e91974fb60900235:6     0.3333  1.0000  0.5000     1     2     0  about-5000-troops
                                precision  recall      f1    tp    fp    fn
        statements                 0.6667  1.0000  0.8000     2     1     0
        paragraphs                 0.3333  1.0000  0.5000     1     2     0
        all                        0.5000  1.0000  0.6667     3     3     0
        1 facts, 1 paragraph queries; outlet-level, at thresholds 0.30 (statements) and 0.34 (paragraphs)
        floor facts.f1 >= 0.6000: met (0.6667)
        """, cli.out());
    assertEquals("", cli.err());
  }

  @Test
  void aMissedFactsFloorExitsWithOne() {
    Cli cli = Cli.run("bench", "--index", index.toString(), "--facts", facts.toString(), "--min", "facts.paragraphs.precision=0.6",
        "--min", "FACTS.Recall=1");
    assertEquals(ExitCode.FAILURE, cli.exitCode());
    assertTrue(cli.out().endsWith("floor facts.paragraphs.precision >= 0.6000: MISSED (0.3333)\nfloor facts.recall >= 1.0000: met (1.0000)\n"),
        cli.out());
  }

  @Test
  void bothBenchmarksGoInOneJson() throws IOException {
    Cli cli = bench(qrels, "--facts", facts.toString(), "--format", "json", "--min", "mrr=1", "--min", "facts.statements.f1=0.9");
    assertEquals(ExitCode.FAILURE, cli.exitCode());
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertEquals(2, json.get("topicCount").asInt());
    assertEquals(2.0 / 3, json.get("facts").get("overall").get("facts.f1").asDouble(), 1e-9);
    assertEquals(3, json.get("facts").get("paragraphs").get("falsePositives").asInt() + json.get("facts").get("paragraphs").get("truePositives").asInt());
    assertEquals("about-5000-troops", json.get("facts").get("facts").get(0).get("id").asText());
    assertEquals(List.of("mrr", "facts.statements.f1"), List.of(json.get("floors").get(0).get("metric").asText(), json.get("floors").get(1).get("metric").asText()));
    assertEquals(List.of(true, false), List.of(json.get("floors").get(0).get("met").asBoolean(), json.get("floors").get(1).get("met").asBoolean()));
  }

  @Test
  void factsAloneInJsonLeavesTheRelevanceFieldsNull() throws IOException {
    Cli cli = Cli.run("bench", "--index", index.toString(), "--facts", facts.toString(), "--format", "json");
    assertEquals(ExitCode.OK, cli.exitCode());
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertTrue(json.get("topicCount").isNull());
    assertEquals(0.5, json.get("facts").get("overall").get("facts.precision").asDouble(), 1e-9);
  }

  @Test
  void aBenchmarkIsRequiredAndFloorsNeedTheirs() {
    assertEquals(List.of("crosscheck: bench needs --topics and --qrels, or --facts, or all three (see 'crosscheck bench --help')"),
        Cli.run("bench", "--index", index.toString()).errLines());
    assertEquals(List.of("crosscheck: --topics and --qrels go together: give both, or neither and --facts (see 'crosscheck bench --help')"),
        Cli.run("bench", "--index", index.toString(), "--topics", topics.toString(), "--facts", facts.toString()).errLines());
    Cli noFacts = bench(qrels, "--min", "facts.f1=0.5");
    assertEquals(ExitCode.USAGE, noFacts.exitCode());
    assertEquals(List.of("crosscheck: the floor facts.f1=0.5 needs --facts (see 'crosscheck bench --help')"), noFacts.errLines());
    Cli noTopics = Cli.run("bench", "--index", index.toString(), "--facts", facts.toString(), "--min", "map=0.5");
    assertEquals(ExitCode.USAGE, noTopics.exitCode());
    assertEquals(List.of("crosscheck: the floor map=0.5 needs --topics and --qrels (see 'crosscheck bench --help')"), noTopics.errLines());
  }

  @Test
  void badFactsInputExitsWithTwoNamingTheFile() throws IOException {
    Cli unknown = Cli.run("bench", "--index", index.toString(), "--facts", facts.toString(), "--min", "facts.accuracy=0.5");
    assertEquals(ExitCode.USAGE, unknown.exitCode());
    assertTrue(unknown.err().startsWith("crosscheck: unknown metric 'facts.accuracy': use facts.precision, facts.recall or facts.f1"), unknown.err());
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"facts\": [");
    Cli malformed = Cli.run("bench", "--index", index.toString(), "--facts", broken.toString());
    assertEquals(ExitCode.USAGE, malformed.exitCode());
    assertEquals(1, malformed.errLines().size(), malformed.err());
    assertTrue(malformed.err().startsWith("crosscheck: " + broken + ": not a readable same-fact gold file: "), malformed.err());
    Path otherCorpus = Files.writeString(dir.resolve("other.json"), Files.readString(facts).replace("\"FRN\"", "\"Le Monde\""));
    Cli elsewhere = Cli.run("bench", "--index", index.toString(), "--facts", otherCorpus.toString());
    assertEquals(ExitCode.USAGE, elsewhere.exitCode());
    assertEquals(List.of("crosscheck: " + otherCorpus + ": the gold names the source 'Le Monde', which the index does not hold;"
        + " is the gold about corpus 'seeds'?"), elsewhere.errLines());
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
