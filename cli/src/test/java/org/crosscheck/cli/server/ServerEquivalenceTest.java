package org.crosscheck.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.cli.server.ServerFixture.Asker;
import org.crosscheck.cli.server.ServerFixture.Output;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command run through the background server prints the same bytes and exits with the same code
 * as a one-off run, for text and JSON, errors, help and the version, on a terminal or not, from
 * another working directory. The default index is the seeds', built once for the class.
 */
class ServerEquivalenceTest {
  @TempDir static Path home;
  private static String previousHome;
  private ServerFixture server;
  private Asker pipe;

  @BeforeAll
  static void useATemporaryHomeWithTheSeedIndex() {
    previousHome = System.getProperty("crosscheck.home");
    System.setProperty("crosscheck.home", home.toString());
    Output first = ServerFixture.local(Asker.pipe(home), "search", "Milley");
    assertEquals(0, first.exit(), first.errText());
  }

  @AfterAll
  static void restoreHome() {
    if (previousHome == null) {
      System.clearProperty("crosscheck.home");
    } else {
      System.setProperty("crosscheck.home", previousHome);
    }
  }

  @BeforeEach
  void startServer() throws IOException {
    server = ServerFixture.start(home.resolve(".crosscheck"));
    pipe = Asker.pipe(home);
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    server.close();
  }

  @Test
  void searchTextAndJsonAreTheSameBytes() {
    Output text = server.assertSameAsLocal(pipe, "search", "\"honest mistake\"");
    assertTrue(text.outText().startsWith("5 paragraphs match \"honest mistake\"\n"), text.outText());
    assertTrue(text.outText().contains("[[honest mistake]]"), "markers, not colour, when not on a terminal");
    server.assertSameAsLocal(pipe, "search", "\"honest mistake\"", "--format", "json", "--limit", "3");
    server.assertSameAsLocal(pipe, "search", "Milley", "--facets", "--outlet", "yahoo news");
    server.assertSameAsLocal(pipe, "search", "person:Esper", "--color", "always");
  }

  @Test
  void sameFactEntitiesAndFactsAreTheSameBytes() {
    Output sameFact = server.assertSameAsLocal(pipe, "same-fact", "Esper said there has been no decision to leave Iraq");
    assertTrue(sameFact.outText().contains("Reported by 5 of 5 outlets"), sameFact.outText());
    server.assertSameAsLocal(pipe, "same-fact", "--paragraph", "003_e91974fb60900235:6", "--format", "json");
    server.assertSameAsLocal(pipe, "entities", "--type", "person,place", "--limit", "5");
    server.assertSameAsLocal(pipe, "facts", "--unique", "--format", "json");
  }

  @Test
  void userErrorsAreOneLineAndExitCodeTwoBothWays() {
    Output malformed = server.assertSameAsLocal(pipe, "search", "\"honest mistake");
    assertEquals(2, malformed.exit());
    assertEquals(1, malformed.errText().lines().count(), malformed.errText());
    assertEquals("", malformed.outText());
    assertEquals(2, server.assertSameAsLocal(pipe, "search", "Milley", "--limit", "many").exit());
    assertEquals(2, server.assertSameAsLocal(pipe, "same-fact", "--threshold", "7", "Esper").exit());
    assertEquals(2, server.assertSameAsLocal(pipe, "facts", "--no-such-option").exit());
    assertEquals(2, server.assertSameAsLocal(pipe, "search", "Milley", "--index", home.resolve("no-index-here").toString()).exit());
    assertEquals(2, server.assertSameAsLocal(pipe, "same-fact", "--paragraph", "nope:1").exit());
  }

  @Test
  void helpAndVersionAreTheSameBytes() {
    assertTrue(server.assertSameAsLocal(pipe, "--help").outText().startsWith("Usage: crosscheck"));
    server.assertSameAsLocal(pipe, "-h");
    server.assertSameAsLocal(pipe, "search", "--help");
    server.assertSameAsLocal(pipe, "help", "same-fact");
    server.assertSameAsLocal(pipe, "facts", "-h");
    assertTrue(server.assertSameAsLocal(pipe, "--version").outText().startsWith("crosscheck "));
    server.assertSameAsLocal(pipe, "-V");
  }

  @Test
  void onATerminalColourAndTheHelpWidthFollowTheAskingTerminal() {
    Asker terminal = new Asker(home, Map.of("TERM", "xterm-256color"), true, 132);
    Output search = server.assertSameAsLocal(terminal, "search", "\"honest mistake\"");
    assertTrue(search.outText().contains("\u001B[1;33mhonest mistake\u001B[0m"), "coloured on a terminal");

    Output help = server.assertSameAsLocal(terminal, "search", "--help");
    assertTrue(help.outText().lines().anyMatch(line -> line.length() > 100), "help fits the 132 columns of the terminal:\n" + help.outText());
    assertTrue(help.outText().contains("\u001B["), "help is coloured on a terminal");

    Asker narrow = new Asker(home, Map.of(), true, 60);
    Output narrowHelp = server.assertSameAsLocal(narrow, "--help");
    assertTrue(narrowHelp.outText().lines().allMatch(line -> line.replaceAll("\u001B\\[[0-9;]*m", "").length() <= 60), narrowHelp.outText());

    Asker noColour = new Asker(home, Map.of("NO_COLOR", "1"), true, 132);
    assertTrue(server.assertSameAsLocal(noColour, "search", "\"honest mistake\"").outText().contains("[[honest mistake]]"));
    Asker forced = new Asker(home, Map.of("CLICOLOR_FORCE", "1"), false, -1);
    assertTrue(server.assertSameAsLocal(forced, "search", "\"honest mistake\"").outText().contains("\u001B[1;33m"));
    assertFalse(server.assertSameAsLocal(pipe, "--help").outText().contains("\u001B["), "no colour in a pipe");
  }

  @Test
  void aRelativeIndexResolvesAgainstTheAskingWorkingDirectory(@TempDir Path elsewhere) throws IOException {
    Path corpus = Files.createDirectories(elsewhere.resolve("corpus"));
    Files.writeString(corpus.resolve("alpha.txt"), "Alpha\n\nThe river flooded the old mill on Tuesday.\n");
    assertEquals(0, ServerFixture.local(Asker.pipe(elsewhere), "index", corpus.toString(), "--index", elsewhere.resolve("idx").toString()).exit());

    Asker there = Asker.pipe(elsewhere);
    Output found = server.assertSameAsLocal(there, "search", "river", "--index", "idx");
    assertTrue(found.outText().startsWith("1 paragraph matches river"), found.outText());
    Files.writeString(elsewhere.resolve("a-file"), "not a folder");
    Output notAFolder = server.assertSameAsLocal(there, "search", "river", "--index", "a-file");
    assertEquals("crosscheck: " + elsewhere.resolve("a-file") + ": not a folder, so it cannot hold an index\n", notAFolder.errText());
  }

  @Test
  void aCorruptIndexIsAnInternalErrorBothWaysAndTheServerGoesOn(@TempDir Path broken) throws IOException {
    Files.write(broken.resolve("segments_1"), new byte[] {1, 2, 3, 4});
    Output failed = server.assertSameAsLocal(pipe, "search", "river", "--index", broken.toString());
    assertEquals(1, failed.exit(), failed.errText());
    assertTrue(failed.errText().startsWith("crosscheck: internal error: "), failed.errText());
    server.assertSameAsLocal(pipe, "search", "Milley");
  }

  @Test
  void concurrentRequestsEachGetTheirOwnOutput() throws Exception {
    List<String[]> commands = List.of(
        new String[] {"search", "\"honest mistake\""},
        new String[] {"search", "Milley", "--format", "json"},
        new String[] {"same-fact", "Esper said there has been no decision to leave Iraq"},
        new String[] {"entities", "--type", "org"},
        new String[] {"search", "\"honest mistake"},
        new String[] {"search", "--help"});
    List<Output> expected = new ArrayList<>();
    for (String[] command : commands) {
      expected.add(ServerFixture.local(pipe, command));
    }
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Output>> answers = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String[] command : commands) {
          answers.add(threads.submit(() -> server.served(pipe, command)));
        }
      }
      for (int i = 0; i < answers.size(); i++) {
        Output answer = answers.get(i).get();
        Output wanted = expected.get(i % commands.size());
        assertEquals(wanted.outText(), answer.outText(), "answer " + i);
        assertEquals(wanted.errText(), answer.errText(), "answer " + i);
        assertEquals(wanted.exit(), answer.exit(), "answer " + i);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
