package org.crosscheck.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.cli.output.Style;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import org.jline.reader.Candidate;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellTest {
  @TempDir Path corpus;
  @TempDir Path home;
  private Crosscheck crosscheck;

  @BeforeEach
  void indexTwoOutlets() throws IOException {
    Files.createDirectories(corpus.resolve("Harbour News"));
    Files.createDirectories(corpus.resolve("Gazette"));
    Files.writeString(corpus.resolve("Harbour News/ferry.txt"),
        "Ferry returns\n\nThe ferry left at dawn.\n\nIt came back at noon with the mail.\n\nThe harbour master was pleased.\n");
    Files.writeString(corpus.resolve("Gazette/storm.txt"), "Storm warning\n\nA storm may stop the ferry tomorrow.\n");
    crosscheck = Crosscheck.inMemory();
    crosscheck.index(corpus);
  }

  @AfterEach
  void close() {
    crosscheck.close();
  }

  private String run(String input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
      new Shell(crosscheck, terminal, Style.plain(), home.resolve("history")).run();
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void queriesAndCommandsAnswerInText() throws IOException {
    String output = run(String.join("\n", "ferry", ":outlet gazette", "ferry", ":outlet", ":limit 1", "ferry",
        ":para ferry", ":para Harbour News/ferry:2", ":limit ten", ":outlet Nowhere", "\"unclosed", ":nope", ":quit", "never read") + "\n");
    assertEquals("""
        crosscheck> 2 paragraphs match ferry

         1. Harbour News · Ferry returns
            ¶1  Harbour News/ferry:1  score 0.343
            The [[ferry]] left at dawn.

         2. Gazette · Storm warning
            ¶1  Gazette/storm:1  score 0.277
            A storm may stop the [[ferry]] tomorrow.
        crosscheck> Searching Gazette only; :outlet alone searches all.
        crosscheck[Gazette]> 1 paragraph matches ferry

         1. Gazette · Storm warning
            ¶1  Gazette/storm:1  score 0.277
            A storm may stop the [[ferry]] tomorrow.
        crosscheck[Gazette]> Searching all outlets.
        crosscheck> Showing 1 hit per search.
        crosscheck> 2 paragraphs match ferry (showing 1-1)

         1. Harbour News · Ferry returns
            ¶1  Harbour News/ferry:1  score 0.343
            The [[ferry]] left at dawn.
        crosscheck> No paragraph ferry in the index.
        crosscheck> Harbour News · Ferry returns
        Harbour News/ferry.txt

          ¶1  Harbour News/ferry:1
          The ferry left at dawn.

        > ¶2  Harbour News/ferry:2
        > It came back at noon with the mail.

          ¶3  Harbour News/ferry:3
          The harbour master was pleased.
        crosscheck> error: :limit takes a whole number from 1 to 10000, not 'ten'
        crosscheck> error: no outlet 'Nowhere' in the index; it has Gazette, Harbour News
        crosscheck> error: invalid query '"unclosed': unbalanced quotation mark: a phrase is opened with " but never closed
        crosscheck> error: no command :nope; :help lists them
        crosscheck>\s""", output);
  }

  @Test
  void entitiesAreListedWithinTheOutletFilter() throws IOException {
    Files.writeString(corpus.resolve("Gazette/mayor.txt"), "Mayor speaks\n\nMayor Jane Holt said the ferry would run in Dover.\n");
    crosscheck.index(corpus);
    String output = run(String.join("\n", ":entities person", ":outlet harbour news", ":entities person", ":entities planet", ":quit") + "\n");
    String[] answers = output.split("crosscheck(\\[[^]]*])?> ");
    assertTrue(answers[1].contains("Jane Holt"), answers[1]);
    assertTrue(!answers[3].contains("Jane Holt"), answers[3]);
    assertTrue(answers[4].startsWith("error: unknown entity type 'planet'"), answers[4]);
  }

  /** Two outlets report a strike in their own words, two others a bridge closing; Courier says nothing of the strike. */
  private void indexTheStrike() throws IOException {
    Files.writeString(corpus.resolve("Harbour News/strike.txt"),
        "Dockers to strike\n\nDock workers will walk out on Monday over the new pay offer, the union said.\n\n"
            + "The harbour master hopes the ferry keeps running.\n");
    Files.writeString(corpus.resolve("Gazette/dockers.txt"),
        "Union calls strike\n\nThe union said dock workers would strike on Monday over the pay offer.\n\n"
            + "The old swing bridge will close for repairs in March, the council said.\n");
    Files.createDirectories(corpus.resolve("Courier"));
    Files.writeString(corpus.resolve("Courier/bridge.txt"),
        "Bridge to shut\n\nCouncil engineers will close the old swing bridge in March for repairs.\n");
    crosscheck.index(corpus);
  }

  @Test
  void sameAsksAStatementOrAParagraphAcrossAllOutlets() throws IOException {
    indexTheStrike();
    String output = run(String.join("\n", ":outlet gazette", ":same dock workers strike on Monday over pay",
        ":same Harbour News/strike:1", ":same Gazette/nowhere:7", ":same", ":same the of and", ":quit") + "\n");
    assertEquals("""
        crosscheck> Searching Gazette only; :outlet alone searches all.
        crosscheck[Gazette]> Statement: dock workers strike on Monday over pay
        Reported by 2 of 3 outlets.

        + Gazette · ¶1  Gazette/dockers:1  score #
            The union said [[dock]] [[workers]] would [[strike]] on Monday over the [[pay]] offer.

        + Harbour News · ¶1  Harbour News/strike:1  score #
            [[Dock]] [[workers]] will walk out on Monday over the new [[pay]] offer, the union said.

        - Courier · not reported

        Wording variants:
          Gazette: The union said dock workers would strike on Monday over the pay offer.
          Harbour News: Dock workers will walk out on Monday over the new pay offer, the union said.
        crosscheck[Gazette]> Paragraph Harbour News/strike:1: Dock workers will walk out on Monday over the new pay offer, the union said.
        Reported by 1 of 2 other outlets.

        + Gazette · ¶1  Gazette/dockers:1  score #
            The [[union]] said [[dock]] [[workers]] would strike on Monday over the [[pay]] [[offer]].

        - Courier · not reported
        crosscheck[Gazette]> error: no paragraph 'Gazette/nowhere:7' in the index; paragraph ids look like 001_ae67bbf54034e372:9 (article:number)
        crosscheck[Gazette]> error: :same needs a statement in your own words, or a paragraph id such as 001_ae67bbf54034e372:9
        crosscheck[Gazette]> error: invalid query 'the of and': the statement has only stop words (the, of, said, ...); name who did what
        crosscheck[Gazette]>\s""", output.replaceAll("score \\d\\.\\d\\d", "score #"));
  }

  @Test
  void factsListsWhatSeveralOutletsReportWithinTheLimitAndOutlet() throws IOException {
    indexTheStrike();
    String output = run(String.join("\n", ":limit 1", ":facts", ":outlet courier", ":facts", ":facts now", ":json on", ":facts", ":quit") + "\n");
    assertEquals("""
        crosscheck> Showing 1 hit per search.
        crosscheck> 1 fact reported by at least 2 of 3 outlets.

         1. 2 of 3: Gazette, Harbour News
            The union said dock workers would strike on Monday over the pay offer.  Gazette/dockers:1
            Harbour News Harbour News/strike:1 #  Dock workers will walk out on Monday over the new pay offer, the union said.

        Showing the first 1 of 2; :limit N shows more.
        crosscheck> Searching Courier only; :outlet alone searches all.
        crosscheck[Courier]> Facts that Courier reports with other outlets; :outlet alone shows all.
        1 fact reported by at least 2 of 3 outlets.

         1. 2 of 3: Courier, Gazette
            Council engineers will close the old swing bridge in March for repairs.  Courier/bridge:1
            Gazette Gazette/dockers:2 #  The old swing bridge will close for repairs in March, the council said.
        crosscheck[Courier]> error: :facts takes no argument; :limit sets how many, :outlet which outlet's
        crosscheck[Courier]> JSON output is on.
        crosscheck[Courier]> {
          "outletCount" : 3,
          "unique" : false,
          "minOutlets" : 2,
          "factCount" : 1,
          "facts" : [ {
            "rank" : 1,
            "outletCount" : 2,
            "outlets" : [ "Courier", "Gazette" ],
            "sentence" : "Council engineers will close the old swing bridge in March for repairs.",
            "paragraph" : "Courier/bridge:1",
            "mentions" : [ {
              "outlet" : "Courier",
              "paragraph" : "Courier/bridge:1",
              "sentence" : "Council engineers will close the old swing bridge in March for repairs.",
              "score" : #
            }, {
              "outlet" : "Gazette",
              "paragraph" : "Gazette/dockers:2",
              "sentence" : "The old swing bridge will close for repairs in March, the council said.",
              "score" : #
            } ]
          } ]
        }
        crosscheck[Courier]>\s""", output.replaceAll("\\d\\.\\d\\d\\b|(?<=\"score\" : )[0-9.]+", "#"));
  }

  @Test
  void jsonOnAnswersAsTheCommandLineDoes() throws IOException {
    String output = run(":json on\n:para Gazette/storm:1\n:json\n:json maybe\n");
    assertEquals("""
        crosscheck> JSON output is on.
        crosscheck> {
          "id" : "Gazette/storm:1",
          "article" : "Gazette/storm",
          "outlet" : "Gazette",
          "title" : "Storm warning",
          "source" : "Gazette/storm.txt",
          "date" : "",
          "url" : "",
          "paragraphs" : [ {
            "id" : "Gazette/storm:1",
            "paragraph" : 1,
            "kind" : "body",
            "boilerplate" : "none",
            "text" : "A storm may stop the ferry tomorrow."
          } ]
        }
        crosscheck> JSON output is on.
        crosscheck> error: :json takes on or off, not 'maybe'
        crosscheck>\s""", output);
  }

  @Test
  void historyIsKeptAcrossRuns() throws IOException {
    run("ferry\n:limit 2\n");
    List<String> lines = Files.readAllLines(home.resolve("history"));
    assertEquals(List.of("ferry", ":limit 2"), lines.stream().map(l -> l.substring(l.indexOf(':') + 1)).toList());
    try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream("\n".getBytes(StandardCharsets.UTF_8)),
        new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
      Shell second = new Shell(crosscheck, terminal, Style.plain(), home.resolve("history"));
      second.run();
      List<String> recalled = new java.util.ArrayList<>();
      second.reader().getHistory().forEach(entry -> recalled.add(entry.line()));
      assertEquals(List.of("ferry", ":limit 2"), recalled, "the second run can recall the first run's lines");
    }
  }

  @Test
  void tabCompletesCommandsFieldsAndOutlets() throws IOException {
    try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        StandardCharsets.UTF_8)) {
      Shell shell = new Shell(crosscheck, terminal, Style.plain(), home.resolve("history"));
      ShellCompleter completer = new ShellCompleter(shell.session());
      ShellParser parser = new ShellParser();
      assertEquals(List.of(":same", ":para", ":facts", ":entities", ":outlet", ":limit", ":json", ":help", ":quit"), values(completer, parser, ":o"));
      assertEquals(List.of("Gazette", "Harbour News"), values(completer, parser, ":outlet Ha"));
      assertEquals(List.of("on", "off"), values(completer, parser, ":json "));
      assertEquals(List.of("outlet:Gazette", "outlet:\"Harbour News\""), values(completer, parser, "ferry outlet:"));
      assertEquals(List.of("text:", "exact:", "title:", "outlet:", "article:", "id:", "kind:", "paragraph:", "person:", "org:",
          "place:", "speaker:", "quote:", "number:", "unit:", "when:"), values(completer, parser, "ferry ti"));
      assertEquals("+title:", values(completer, parser, "ferry +ti").get(2));
    }
  }

  /** JLine filters candidates by the word typed; the completer offers every value that fits the place. */
  private static List<String> values(ShellCompleter completer, ShellParser parser, String line) {
    return completer.candidates(parser.parse(line, line.length(), null)).stream().map(Candidate::value).toList();
  }

  @Test
  void longAnswersArePagedToTheScreenHeight() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PipedOutputStream keys = new PipedOutputStream();
    try (Terminal terminal = new ExternalTerminal("test", "xterm", new PipedInputStream(keys), out, StandardCharsets.UTF_8)) {
      Attributes quiet = terminal.getAttributes();
      quiet.setLocalFlag(Attributes.LocalFlag.ECHO, false); // a real terminal does not echo to the program's output
      terminal.setAttributes(quiet);
      terminal.setSize(new Size(40, 4));
      keys.write("\rq".getBytes(StandardCharsets.UTF_8));
      keys.flush();
      new Pager(terminal).show("one\ntwo\nthree\nfour\nfive\nsix\nseven\n");
    }
    String shown = out.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "");
    String clear = "\r" + " ".repeat(39) + "\r";
    assertEquals("one\r\ntwo\r\nthree\r\n" + Pager.MORE + clear + "four\r\n" + Pager.MORE + clear, shown,
        "three lines and the prompt fill four rows; Enter shows one more line; q stops");
    assertTrue(!shown.contains("five"), "q stops the paging");
  }
}
