package org.crosscheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.BenchmarkInputException;
import org.crosscheck.TestCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFactsTest {
  @TempDir Path folder;

  @Test
  void theSeedGoldReadsAndEveryParagraphQueryNamesKnownFacts() {
    GoldFacts gold = GoldFacts.load(Path.of(System.getProperty("crosscheck.gold")));
    assertEquals("crosscheck same-fact gold, version 1", gold.format());
    GoldFacts.Fact esper = gold.fact("esper-no-decision-to-leave");
    assertEquals(5, esper.outletCount());
    assertTrue(esper.paragraphIds().contains("000_0db9211732ea5d3d:1"));
    for (GoldFacts.ParagraphQuery query : gold.paragraphQueries()) {
      query.facts().forEach(gold::fact);
    }
    GoldFacts.Fact honest = gold.fact("milley-honest-mistake");
    assertEquals(List.of("002_a7d92eef324a7bfb"), honest.notReportedBy().stream().map(GoldFacts.NonReporter::article).toList());
    assertEquals(2, honest.notReportedBy().getFirst().nearestMiss().orElseThrow().paragraph());
  }

  @Test
  void aMalformedOrMissingGoldFileIsOneClearLine() {
    Path broken = TestCorpora.write(folder, "gold.json", "{\"facts\": [ {\"id\": \"x\", \"outletCount\": 2, \"reportedBy\": []} ], \"sources\": []}");
    BenchmarkInputException e = assertThrows(BenchmarkInputException.class, () -> GoldFacts.load(broken));
    assertTrue(e.getMessage().startsWith(broken + ": not a readable same-fact gold file: "), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    BenchmarkInputException missing = assertThrows(BenchmarkInputException.class, () -> GoldFacts.load(folder.resolve("none.json")));
    assertEquals(folder.resolve("none.json") + ": not a readable same-fact gold file: no such file", missing.getMessage());
  }
}
