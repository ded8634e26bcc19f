package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code crosscheck entities} and the entity options of {@code crosscheck search}, run through picocli with captured output. */
class EntitiesCommandTest {
  @TempDir static Path home;
  private static Path index;

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine commandLine = CrosscheckCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);
    return new Run(exit, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
  }

  @BeforeAll
  static void indexTwoOutlets() throws IOException {
    Path corpus = Files.createDirectories(home.resolve("corpus"));
    Files.writeString(corpus.resolve("manifest.csv"), "id,outlet,title\na1,Daily One,Bridge opens\na2,Daily Two,Bridge late\n");
    Files.writeString(corpus.resolve("a1.txt"),
        "Bridge opens\n\nMayor Jane Quigglesworth said the bridge in Leeds would open on Friday. “It is ready,” she said.\n");
    Files.writeString(corpus.resolve("a2.txt"),
        "Bridge late\n\n“We are late,” Quigglesworth told reporters in Leeds, and 300 workers went home.\n");
    index = home.resolve("index");
    assertEquals(0, run("index", corpus.toString(), "--index", index.toString()).exit());
  }

  @Test
  void listsCanonicalEntitiesWithCountsPerOutletAndSpellings() {
    Run run = run("entities", "--index", index.toString(), "--color", "never");
    assertEquals(0, run.exit(), run.err());
    assertEquals("""
        person  Jane Quigglesworth  (2 paragraphs, 2 outlets)
          outlets:   Daily One 1, Daily Two 1
          spellings: Jane Quigglesworth | Quigglesworth
          roles:     Mayor

        place  Leeds  (2 paragraphs, 2 outlets)
          outlets:   Daily One 1, Daily Two 1
          spellings: Leeds

        quote  Jane Quigglesworth  (2 paragraphs, 2 outlets)
          outlets:   Daily One 1, Daily Two 1
          quotes:    “It is ready,” | “We are late,”

        date  Friday  (1 paragraph, 1 outlet)
          outlets:   Daily One 1
          spellings: Friday

        number  300 worker  (1 paragraph, 1 outlet)
          outlets:   Daily Two 1
          spellings: 300 workers
          counts:    worker
        """, run.out());
    assertEquals("", run.err());
  }

  @Test
  void filtersByTypeAndOutletAndWritesJson() {
    Run run = run("entities", "--index", index.toString(), "--type", "person", "--outlet", "daily two", "--format", "json");
    assertEquals(0, run.exit(), run.err());
    assertEquals("""
        {
          "entities" : [ {
            "type" : "person",
            "key" : "jane quiglesworth",
            "name" : "Jane Quigglesworth",
            "paragraphs" : 1,
            "paragraphsByOutlet" : {
              "Daily Two" : 1
            },
            "variants" : [ "Quigglesworth" ],
            "attributes" : [ ]
          } ]
        }
        """, run.out());
  }

  @Test
  void anUnknownTypeIsOneLineAndExitTwo() {
    Run run = run("entities", "--index", index.toString(), "--type", "animal");
    assertEquals(2, run.exit());
    assertEquals("crosscheck: unknown entity type 'animal'; known: person, org, place, date, quote, number\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void searchFiltersByPersonAndPlaceAndCountsFacets() {
    Run run = run("search", "bridge", "--index", index.toString(), "--person", "Quigglesworth", "--place", "Leeds", "--facets",
        "--color", "never");
    assertEquals(0, run.exit(), run.err());
    assertEquals("""
        1 paragraph matches bridge

         1. Daily One · Bridge opens
            ¶1  a1:1  score %s
            Mayor Jane Quigglesworth said the [[bridge]] in Leeds would open on Friday. …

        Counts over 1 matching paragraph
          outlet: Daily One 1
          person: Jane Quigglesworth 1
          org:    -
          place:  Leeds 1
        """.formatted(run.out().replaceAll("(?s).*score (\\S+).*", "$1")), run.out());
    Run none = run("search", "bridge", "--index", index.toString(), "--org", "Pentagon", "--color", "never");
    assertEquals("No paragraph matches bridge.\n", none.out());
    Run quote = run("search", "speaker:Quigglesworth AND quote:late", "--index", index.toString(), "--color", "never");
    assertEquals(0, quote.exit());
    assertEquals(true, quote.out().startsWith("1 paragraph matches speaker:Quigglesworth AND quote:late\n"), quote.out());
  }
}
