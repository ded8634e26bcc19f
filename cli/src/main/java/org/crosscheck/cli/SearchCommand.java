package org.crosscheck.cli;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.crosscheck.Crosscheck;
import org.crosscheck.cli.output.FacetsTextView;
import org.crosscheck.cli.output.Json;
import org.crosscheck.cli.output.SearchJson;
import org.crosscheck.cli.output.SearchTextView;
import org.crosscheck.search.SearchFacets;
import org.crosscheck.search.SearchOptions;
import org.crosscheck.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosscheck search QUERY}: highlighted full-text search over the paragraphs. */
@Command(
    name = "search",
    description = {
      "Search the paragraphs and show the matches highlighted. Boilerplate is left out unless --boilerplate.",
      "QUERY uses Lucene's syntax: words, \"phrases\", AND/OR/NOT, +must -not, proximity \"a b\"~3, fuzzy word~,",
      "wildcards (mistak*), and fields: exact:\"…\" (unstemmed), title:, outlet:\"Military Times\", article:, paragraph:[1 TO 3],",
      "person:Esper, org:ISIS, place:US (any spelling of the entity), speaker:Milley, quote:\"honest mistake\",",
      "number:[1000 TO 10000], unit:troop, date:monday."
    })
final class SearchCommand implements Callable<Integer> {
  /** How many values each facet shows. */
  private static final int FACET_VALUES = 10;

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for; quote it for the shell.")
  String query;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "How many hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N hits, for paging.")
  int offset;

  @Option(names = "--outlet", paramLabel = "OUTLET", description = "Only this outlet (any case); repeat for several.")
  List<String> outlets = List.of();

  @Option(names = "--article", paramLabel = "ID", description = "Only this article id; repeat for several.")
  List<String> articles = List.of();

  @Option(names = "--person", paramLabel = "NAME", description = "Only paragraphs naming this person, any spelling; repeat for several (all must be named).")
  List<String> people = List.of();

  @Option(names = "--org", paramLabel = "NAME", description = "Only paragraphs naming this organisation; repeat for several.")
  List<String> organizations = List.of();

  @Option(names = "--place", paramLabel = "NAME", description = "Only paragraphs naming this place; repeat for several.")
  List<String> places = List.of();

  @Option(names = "--facets", description = "Also count all matching paragraphs by outlet, person, organisation and place.")
  boolean facets;

  @Option(names = "--exact-count",
      description = "Count every matching paragraph, however many; by default counting stops past " + SearchOptions.EXACT_COUNT
          + " (shown as \"at least\"), which spares big indexes a costly second pass.")
  boolean exactCount;

  @Option(names = "--boilerplate", description = "Let boilerplate paragraphs (prompts, captions, bios) be hits too.")
  boolean boilerplate;

  @Mixin OutputOptions output;

  @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "1000",
      description = "Stop a costly search after MS milliseconds and show what it found, marked partial (default: ${DEFAULT-VALUE}).")
  long timeoutMillis;

  @Override
  public Integer call() {
    SearchOptions options = SearchOptions.defaults()
        .withLimit(limit)
        .withOffset(offset)
        .withOutlets(Set.copyOf(outlets))
        .withArticles(articles.toArray(String[]::new))
        .withBoilerplate(boilerplate)
        .withPeople(Set.copyOf(people))
        .withOrganizations(Set.copyOf(organizations))
        .withPlaces(Set.copyOf(places))
        .withTimeout(Duration.ofMillis(timeoutMillis))
        .withExactCount(exactCount);
    SearchResults results;
    SearchFacets counts = null;
    try (IndexLease lease = index.lease(spec.commandLine().getErr())) {
      Crosscheck crosscheck = lease.crosscheck();
      results = crosscheck.search(query, options);
      if (facets) {
        counts = crosscheck.facets(query, options, FACET_VALUES);
      }
    }
    var out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.write(counts == null ? SearchJson.of(results) : SearchJson.of(results, counts)));
      out.flush();
    } else {
      new SearchTextView(output.style()).print(results, out);
      if (counts != null) {
        new FacetsTextView(output.style()).print(counts, out);
      }
    }
    return ExitCode.OK;
  }
}
