package org.crosscheck.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.InvalidQueryException;
import org.crosscheck.Span;
import org.crosscheck.TestCorpora;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Highlighted search over a three-article corpus, asserting exact hits and snippets. */
class SearchTest {
  @TempDir static Path corpus;
  private static Crosscheck crosscheck;

  @BeforeAll
  static void index() {
    TestCorpora.write(corpus, "manifest.csv", """
        id,outlet,title
        alpha,Daily Planet,Planet headline
        beta,Evening Star,Star headline
        gamma,Daily Planet,
        """);
    TestCorpora.write(corpus, "alpha.txt", """
        Planet headline

        “It was an honest mistake,” Gen. Mark Milley told reporters. The letter should not have been sent.

        The mistake was honest, officials said.

        Subscribe to our newsletter
        Sign up here to get the news in your inbox.
        """);
    TestCorpora.write(corpus, "beta.txt", """
        Star headline

        Milley called the letter an honest mistake and said troops were not leaving.

        Some 5,000 troops remain in Iraq, a détente official said.
        """);
    TestCorpora.write(corpus, "delta.txt", """
        Harbour

        “The ferry is late,” the captain said, and the ferry left.
        """);
    TestCorpora.write(corpus, "gamma.txt", """
        Nobody's title line here: the letter was honest.
        """);
    crosscheck = Crosscheck.inMemory();
    crosscheck.index(corpus);
  }

  @AfterAll
  static void close() {
    crosscheck.close();
  }

  private static List<String> ids(String query) {
    return ids(query, SearchOptions.defaults());
  }

  private static List<String> ids(String query, SearchOptions options) {
    return crosscheck.search(query, options).hits().stream().map(SearchHit::id).toList();
  }

  private static String marked(SearchHit hit) {
    return hit.marked("[[", "]]");
  }

  @Test
  void aPhraseIsHighlightedAsOneUnit() {
    SearchResults results = crosscheck.search("\"honest mistake\"");
    assertEquals(2, results.totalHits());
    assertEquals(List.of("beta:1", "alpha:1"), results.hits().stream().map(SearchHit::id).toList());
    assertEquals("Milley called the letter an [[honest mistake]] and said troops were not leaving.", marked(results.hits().get(0)));
    assertEquals("“It was an [[honest mistake]],” Gen. Mark Milley told reporters. The letter should not have been sent.",
        marked(results.hits().get(1)));
    assertEquals(List.of(new Span(11, 25)), results.hits().get(1).highlights());
  }

  @Test
  void hitsCarryTheirArticleOutletTitleAndParagraph() {
    SearchHit hit = crosscheck.search("détente").hits().getFirst();
    assertEquals("beta:2", hit.id());
    assertEquals("beta", hit.article());
    assertEquals("Evening Star", hit.outlet());
    assertEquals("Star headline", hit.title());
    assertEquals(2, hit.paragraph());
    assertEquals("Some 5,000 troops remain in Iraq, a [[détente]] official said.", marked(hit));
  }

  @Test
  void passagesAreWholeSentencesWithTheirMatches() {
    SearchHit hit = crosscheck.search("sent").hits().getFirst();
    assertEquals("alpha:1", hit.id());
    assertEquals(1, hit.passages().size());
    Passage passage = hit.passages().getFirst();
    assertEquals("The letter should not have been sent.", passage.text(hit.text()));
    assertEquals("sent", passage.matches().getFirst().of(hit.text()));
  }

  @Test
  void stemmingMatchesOtherFormsAndExactDoesNot() {
    assertEquals(List.of("alpha:2", "beta:1", "alpha:1"), ids("mistakes"));
    assertEquals(List.of(), ids("exact:mistakes"));
    assertEquals(List.of("alpha:2"), ids("exact:\"the mistake was\""));
    assertEquals("[[The mistake was]] honest, officials said.", marked(crosscheck.search("exact:\"the mistake was\"").hits().getFirst()));
  }

  /** The exact field has no offsets: its matches are found by analysing the hits' text again, beside the stemmed field's from the postings. */
  @Test
  void exactMatchesAreMarkedBesideStemmedOnes() {
    assertEquals("Some 5,000 [[troops]] remain in [[Iraq]], a détente official said.",
        marked(crosscheck.search("exact:troops AND iraq").hits().getFirst()));
    assertEquals("Milley called [[the letter]] an honest mistake and said troops were not [[leaving]].",
        marked(crosscheck.search("exact:\"the letter\" AND leave").hits().getFirst()));
  }

  @Test
  void quoteSearchesOnlyTheQuotedWordsAndMarksOnlyThem() {
    assertEquals(List.of("alpha:1"), ids("quote:honest"), "beta:1 and alpha:2 say honest outside quotes");
    assertEquals(List.of("alpha:1"), ids("quote:\"honest mistakes\""), "stemmed, as text is");
    assertEquals(List.of("alpha:1"), ids("quote:mistak*"));
    assertEquals(List.of(), ids("quote:letter"), "alpha:1 names the letter after the quote");
    assertEquals(List.of(), ids("quote:\"mistake Gen\"~3"), "a phrase must lie inside one quote");
    assertEquals("“It was an [[honest mistake]],” Gen. Mark Milley told reporters. The letter should not have been sent.",
        marked(crosscheck.search("quote:\"honest mistake\"").hits().getFirst()));
    assertEquals("“The [[ferry]] is late,” the captain said, and the ferry left.", marked(crosscheck.search("quote:ferry").hits().getFirst()),
        "only the ferry inside the quote is marked");
    assertEquals("“The [[ferry]] is [[late]],” the captain said, and the ferry [[left]].",
        marked(crosscheck.search("quote:ferry AND late AND left").hits().getFirst()));
  }

  @Test
  void typographicQuotesAndApostrophesMatchPlainOnes() {
    assertEquals(List.of("alpha:1", "beta:1"), ids("“honest mistake” AND (reporters OR troops)").stream().sorted().toList());
    assertEquals(List.of("gamma:1"), ids("nobody's"));
  }

  @Test
  void booleanOperatorsProximityFuzzyAndWildcards() {
    assertEquals(List.of("alpha:2", "beta:1"), ids("honest AND mistake NOT reporters").stream().sorted().toList());
    assertEquals(List.of("alpha:2"), ids("\"mistake officials\"~3"));
    assertEquals(List.of(), ids("\"mistake officials\""));
    assertEquals(List.of("alpha:1", "beta:1"), ids("Milly~").stream().sorted().toList());
    assertEquals(List.of("beta:2"), ids("troop* AND iraq"));
  }

  @Test
  void fieldNamesForOutletTitleArticleAndParagraph() {
    assertEquals(List.of("beta:1", "beta:2"), ids("outlet:\"evening star\"").stream().sorted().toList());
    assertEquals(List.of("beta:1", "beta:2"), ids("title:star").stream().sorted().toList());
    assertEquals(List.of("alpha:2"), ids("article:alpha AND paragraph:2"));
    assertEquals(List.of("alpha:1", "beta:1", "delta:1", "gamma:1"), ids("paragraph:[1 TO 1]").stream().sorted().toList());
  }

  @Test
  void boilerplateIsLeftOutUnlessAskedFor() {
    assertEquals(List.of(), ids("subscribe newsletter"));
    assertEquals(List.of("alpha:3"), ids("subscribe newsletter", SearchOptions.defaults().withBoilerplate(true)));
  }

  @Test
  void aParagraphThatStopsBeingBoilerplateIsFoundAfterReindexingAndOneThatBecomesItIsNot(@TempDir Path folder) {
    // Each run writes a segment of its own; the replaced paragraphs stay in the old one, deleted.
    TestCorpora.write(folder, "gamma.txt", "Harbour news\n\nThe ferry left at noon.\n\nSubscribe to our ferry newsletter.\n");
    try (Crosscheck changing = Crosscheck.inMemory()) {
      changing.index(folder);
      assertEquals(List.of("gamma:1"), changing.search("ferry").hits().stream().map(SearchHit::id).toList());
      TestCorpora.write(folder, "gamma.txt", "Harbour news\n\nSubscribe to our ferry newsletter.\n\nThe ferry left at noon.\n");
      TestCorpora.write(folder, "delta.txt", "Harbour news\n\nThe ferry came back at six.\n");
      changing.index(folder);
      assertEquals(List.of("delta:1", "gamma:2"), changing.search("ferry").hits().stream().map(SearchHit::id).sorted().toList());
      assertEquals(3, changing.search("ferry", SearchOptions.defaults().withBoilerplate(true)).totalHits());
    }
  }

  @Test
  void filtersByOutletAndArticleDoNotChangeScores() {
    SearchOptions planet = SearchOptions.defaults().withOutlets("DAILY PLANET");
    assertEquals(List.of("alpha:1", "alpha:2", "gamma:1"), ids("honest", planet).stream().sorted().toList());
    assertEquals(List.of("beta:1"), ids("honest", SearchOptions.defaults().withArticles("beta")));
    float unfiltered = crosscheck.search("honest").hits().stream().filter(h -> h.id().equals("beta:1")).findFirst().orElseThrow().score();
    float filtered = crosscheck.search("honest", SearchOptions.defaults().withArticles("beta")).hits().getFirst().score();
    assertEquals(unfiltered, filtered);
  }

  @Test
  void askedForEveryMatchTheTotalIsExactBeyondTheThousandHitsRankingCountsWithBoilerplateLeftOut(@TempDir Path big) {
    // 1,200 reporting paragraphs and 30 subscription prompts mention "report"; ranking stops counting at 1,000.
    StringBuilder text = new StringBuilder("Big headline\n\n");
    for (int i = 1; i <= 1_230; i++) {
      text.append(i % 41 == 0 ? "Subscribe to the report newsletter and get it in your inbox." : "Report number " + i + " is in.")
          .append("\n\n");
    }
    TestCorpora.write(big, "big.txt", text.toString());
    SearchOptions everyMatch = SearchOptions.defaults().withExactCount(true);
    try (Crosscheck many = Crosscheck.inMemory()) {
      many.index(big);
      assertEquals(1_200, many.search("report", everyMatch).totalHits());
      assertEquals(1_230, many.search("report", everyMatch.withBoilerplate(true)).totalHits());
      assertEquals(1_200, many.search("report OR number", everyMatch).totalHits());
      assertEquals(1_200, many.search("report", everyMatch.withArticles("big")).totalHits());
      assertEquals(30, many.search("report AND inbox", everyMatch.withBoilerplate(true)).totalHits());
      assertEquals(0, many.search("report AND inbox", everyMatch).totalHits());
      assertTrue(many.search("report", everyMatch).totalHitsExact());

      SearchResults bounded = many.search("report", SearchOptions.defaults().withBoilerplate(true));
      assertFalse(bounded.totalHitsExact(), "by default counting stops past a thousand");
      assertTrue(bounded.totalHits() > 1_000 && bounded.totalHits() <= 1_230, "a lower bound: " + bounded.totalHits());
      SearchResults withoutBoilerplate = many.search("report", SearchOptions.defaults().withLimit(1_100));
      assertEquals(1_100, withoutBoilerplate.hits().size());
      assertTrue(withoutBoilerplate.hits().stream().noneMatch(h -> h.text().startsWith("Subscribe")), "no prompt among the hits");
      assertTrue(withoutBoilerplate.totalHits() > 1_000 && withoutBoilerplate.totalHits() <= 1_200, "" + withoutBoilerplate.totalHits());
    }
  }

  @Test
  void pagingWalksTheSameOrderAndTotalStaysTheSame() {
    List<String> all = ids("honest OR letter", SearchOptions.defaults().withLimit(10));
    assertEquals(4, all.size());
    SearchResults second = crosscheck.search("honest OR letter", SearchOptions.defaults().withLimit(2).withOffset(2));
    assertEquals(4, second.totalHits());
    assertEquals(all.subList(2, 4), second.hits().stream().map(SearchHit::id).toList());
    assertEquals(List.of(), ids("honest OR letter", SearchOptions.defaults().withOffset(10)));
  }

  @Test
  void equalScoresAreOrderedById() {
    SearchResults results = crosscheck.search("outlet:\"daily planet\"");
    assertEquals(List.of("alpha:1", "alpha:2", "gamma:1"), results.hits().stream().map(SearchHit::id).toList());
  }

  @Test
  void badQueriesSayWhatIsWrong() {
    assertEquals("invalid query '\"honest mistake': unbalanced quotation mark: a phrase is opened with \" but never closed",
        assertThrows(InvalidQueryException.class, () -> crosscheck.search("\"honest mistake")).getMessage());
    assertEquals("invalid query '(honest OR mistake': unbalanced parentheses: a '(' is never closed",
        assertThrows(InvalidQueryException.class, () -> crosscheck.search("(honest OR mistake")).getMessage());
    assertEquals("invalid query 'honest)': unbalanced parentheses: a ')' closes nothing",
        assertThrows(InvalidQueryException.class, () -> crosscheck.search("honest)")).getMessage());
    assertEquals("invalid query '   ': the query is empty",
        assertThrows(InvalidQueryException.class, () -> crosscheck.search("   ")).getMessage());
    assertEquals("invalid query 'author:smith': unknown field 'author'; known fields: "
            + String.join(", ", QueryField.all().keySet()),
        assertThrows(InvalidQueryException.class, () -> crosscheck.search("author:smith")).getMessage());
    assertEquals("invalid query 'paragraph:two': field 'paragraph' takes a whole number, got 'two'",
        assertThrows(InvalidQueryException.class, () -> crosscheck.search("paragraph:two")).getMessage());
    assertEquals("invalid query '*stake': a term may not start with a wildcard ('*' or '?')",
        assertThrows(InvalidQueryException.class, () -> crosscheck.search("*stake")).getMessage());
  }

  @Test
  void hostileQueriesGetOneClearLine() {
    String deep = "(".repeat(5000) + "x" + ")".repeat(5000);
    assertEquals("invalid query '" + deep.substring(0, 77) + "...': its parentheses nest 5000 levels deep; the limit is 64",
        assertThrows(InvalidQueryException.class, () -> crosscheck.search(deep)).getMessage());
    String many = String.join(" ", java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> "w" + i).toList());
    assertTrue(assertThrows(InvalidQueryException.class, () -> crosscheck.search(many)).getMessage().endsWith(": it has more than 1024 clauses"));
    assertEquals("invalid query '/[/': it does not parse (unexpected end-of-string)",
        assertThrows(InvalidQueryException.class, () -> crosscheck.search("/[/")).getMessage());
    assertEquals("invalid query 'AND': unexpected 'AND' at column 1: AND, OR and NOT need a term on each side",
        assertThrows(InvalidQueryException.class, () -> crosscheck.search("AND")).getMessage());
    assertEquals("invalid query 'title:': it ends where a term is expected",
        assertThrows(InvalidQueryException.class, () -> crosscheck.search("title:")).getMessage());
    assertEquals("invalid query 'honest \\': it ends with a lone backslash, which escapes nothing",
        assertThrows(InvalidQueryException.class, () -> crosscheck.search("honest \\")).getMessage());
    assertEquals(List.of("alpha:2"), ids("/offic.*/ AND /h.n.st/"), "a regular expression that is fine still runs");
  }

  @Test
  void optionsRejectBadValuesNamingTheParameter() {
    assertEquals("the parameter 'limit' must be between 1 and 10000, got 0",
        assertThrows(IllegalArgumentException.class, () -> SearchOptions.defaults().withLimit(0)).getMessage());
    assertEquals("the parameter 'offset' must be between 0 and 1000000, got -1",
        assertThrows(IllegalArgumentException.class, () -> SearchOptions.defaults().withOffset(-1)).getMessage());
  }
}
