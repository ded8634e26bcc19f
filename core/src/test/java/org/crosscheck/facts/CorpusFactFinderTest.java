package org.crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.TestCorpora;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts report on an outlet that carries the same article twice (a wire story, say): the copies
 * are analysed and compared once, and each copy is still a claim of its own.
 */
class CorpusFactFinderTest {
  @TempDir static Path corpus;
  private static Crosscheck crosscheck;

  private static final String WIRE_STORY = """
      The harbour bridge will close for repairs in March, the city engineer said.

      The mayor Anna Berg visited the new library on Tuesday.
      """;

  @BeforeAll
  static void index() {
    TestCorpora.write(corpus, "manifest.csv", """
        id,outlet,title
        planet-1,Daily Planet,Bridge to close
        planet-2,Daily Planet,Bridge to close
        star,Evening Star,Repairs ahead
        """);
    TestCorpora.write(corpus, "planet-1.txt", "Bridge to close\n\n" + WIRE_STORY);
    TestCorpora.write(corpus, "planet-2.txt", "Bridge to close\n\n" + WIRE_STORY);
    TestCorpora.write(corpus, "star.txt", """
        Repairs ahead

        Repairs will close the harbour bridge in March, engineers say.

        Anna Berg opened a school in the north of the city.
        """);
    crosscheck = Crosscheck.inMemory();
    crosscheck.index(corpus);
  }

  @AfterAll
  static void close() {
    crosscheck.close();
  }

  @Test
  void copiesOfAnArticleInOneOutletAreOneFactWithTheOtherOutletAndEachCopyIsAClaim() {
    FactsReport report = crosscheck.facts();
    assertEquals(2, report.outletCount());
    assertEquals(1, report.facts().size(), report.facts().toString());
    CorpusFact bridge = report.facts().getFirst();
    assertEquals(List.of("planet-1:1", "star:1"), bridge.mentions().stream().map(CorpusFact.Mention::paragraphId).sorted().toList());
    assertEquals(List.of("planet-1:2", "planet-2:2", "star:2"),
        report.uniqueClaims().stream().map(c -> c.representative().paragraphId()).toList());
    assertEquals(report, crosscheck.facts(), "the same report every time");
  }
}
