package org.crosscheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.crosscheck.BenchmarkInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topics, qrels and run files: what they accept, and errors that name the file and line. */
class TrecFilesTest {
  @TempDir Path dir;

  @Test
  void qrelsReadTopicsDocumentsAndGrades() throws IOException {
    Qrels qrels = Qrels.read(write("qrels.txt", "t1 0 a:1 2\n\nt1 0 a:2 0\nt2 Q0 b:1 1\n"));
    assertEquals(List.of("t1", "t2"), List.copyOf(qrels.topics()));
    assertEquals(1, qrels.relevantCount("t1"));
    assertEquals(List.of(new Judgment("t1", "a:1", 2), new Judgment("t1", "a:2", 0)), qrels.judgments("t1"));
    assertEquals(java.util.OptionalInt.empty(), qrels.grade("t1", "zz"));
    assertEquals(java.util.OptionalInt.of(2), qrels.grade("t1", "a:1"));
  }

  @Test
  void malformedQrelsLinesAreNamedByFileAndLine() throws IOException {
    Path file = write("qrels.txt", "t1 0 a:1 1\nt1 0 a:2\n");
    BenchmarkInputException e = assertThrows(BenchmarkInputException.class, () -> Qrels.read(file));
    assertEquals(file + ":2: expected 'topic 0 docid grade' (4 columns), got 3: 't1 0 a:2'", e.getMessage());
    assertEquals(Optional.of(2), e.line());
    Path badGrade = write("grade.txt", "t1 0 a:1 yes\n");
    assertEquals(badGrade + ":1: the grade 'yes' is not a whole number",
        assertThrows(BenchmarkInputException.class, () -> Qrels.read(badGrade)).getMessage());
    Path twice = write("twice.txt", "t1 0 a:1 1\nt1 0 a:1 0\n");
    assertEquals(twice + ":2: document 'a:1' is judged twice for topic 't1'",
        assertThrows(BenchmarkInputException.class, () -> Qrels.read(twice)).getMessage());
  }

  @Test
  void aMissingFileIsBadInputNamingIt() {
    Path missing = dir.resolve("nope.txt");
    assertEquals(missing + ": no such judgments (qrels) file",
        assertThrows(BenchmarkInputException.class, () -> Qrels.read(missing)).getMessage());
  }

  @Test
  void topicsSkipCommentsAndNeedJudgments() throws IOException {
    Path qrels = write("qrels.txt", "t1 0 a:1 1\nt2 0 a:1 0\n");
    Path topics = write("topics.tsv", "# two topics\nt1\thonest mistake\n\nt2\t\"no decision\"\n");
    RelevanceBenchmark benchmark = RelevanceBenchmark.load(topics, qrels);
    assertEquals(List.of(new Topic("t1", "honest mistake"), new Topic("t2", "\"no decision\"")), benchmark.topics());

    Path unjudged = write("unjudged.tsv", "t1\thonest mistake\nt3\tletter\n");
    assertEquals(unjudged + ":2: topic 't3' has no judgments in " + qrels,
        assertThrows(BenchmarkInputException.class, () -> RelevanceBenchmark.load(unjudged, qrels)).getMessage());
    Path noTab = write("notab.tsv", "t1 honest mistake\n");
    assertEquals(noTab + ":1: expected 'id<TAB>query', found no tab: 't1 honest mistake'",
        assertThrows(BenchmarkInputException.class, () -> RelevanceBenchmark.load(noTab, qrels)).getMessage());
    Path repeated = write("repeated.tsv", "t1\ta\nt1\tb\n");
    assertEquals(repeated + ":2: topic 't1' repeats line 1",
        assertThrows(BenchmarkInputException.class, () -> RelevanceBenchmark.load(repeated, qrels)).getMessage());
    Path empty = write("empty.tsv", "# nothing\n");
    assertEquals(empty + ": holds no topics",
        assertThrows(BenchmarkInputException.class, () -> RelevanceBenchmark.load(empty, qrels)).getMessage());
  }

  @Test
  void runsAreKeptInTrecEvalOrderAndSurviveAWriteAndRead() throws IOException {
    Run run = Run.builder().add("t1", "a:1", 1.5).add("t1", "a:10", 1.5).add("t1", "a:2", 1.5).add("t1", "b:1", 2.25).build();
    assertEquals(List.of("b:1", "a:2", "a:10", "a:1"), run.ranking("t1").stream().map(ScoredDocument::docId).toList());
    Path file = dir.resolve("run.txt");
    run.write(file, "test");
    assertEquals(List.of("t1 Q0 b:1 1 2.25 test", "t1 Q0 a:2 2 1.5 test", "t1 Q0 a:10 3 1.5 test", "t1 Q0 a:1 4 1.5 test"),
        Files.readAllLines(file));
    assertEquals(run.ranking("t1"), Run.read(file).ranking("t1"));
    Path nowhere = dir.resolve("missing/run.txt");
    assertEquals(nowhere + ": cannot write the run file: its folder does not exist",
        assertThrows(BenchmarkInputException.class, () -> run.write(nowhere, "test")).getMessage());
  }

  @Test
  void malformedRunLinesAreNamedByFileAndLine() throws IOException {
    Path file = write("run.txt", "t1 Q0 a:1 1 2.0 x\nt1 Q0 a:1 2 1.0 x\n");
    assertEquals(file + ":2: document 'a:1' appears twice for topic 't1'",
        assertThrows(BenchmarkInputException.class, () -> Run.read(file)).getMessage());
    Path score = write("score.txt", "t1 Q0 a:1 1 NaN x\n");
    assertEquals(score + ":1: the score 'NaN' is not a finite number",
        assertThrows(BenchmarkInputException.class, () -> Run.read(score)).getMessage());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
