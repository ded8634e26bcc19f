package org.crosscheck.cli.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.Span;
import org.crosscheck.search.SearchFacets;
import org.crosscheck.search.SearchHit;
import org.crosscheck.search.SearchResults;

/**
 * The JSON form of search results. Scripts rely on these names; add fields, never rename them.
 * Offsets count UTF-16 code units into {@code text}, as JavaScript and Java strings index.
 */
public record SearchJson(
    String query, long totalHits, int offset, List<Hit> hits, boolean partial,
    @JsonInclude(JsonInclude.Include.NON_NULL) Facets facets, boolean totalHitsExact) {

  public record Hit(
      String id, String article, String outlet, String title, int paragraph, String kind, float score, String text,
      List<Highlight> highlights, List<PassageJson> passages) {}

  public record Highlight(int start, int end, String text) {}

  public record PassageJson(int start, int end, String text, List<Highlight> matches) {}

  /** Counts over all matching paragraphs, present with {@code --facets}. */
  public record Facets(long paragraphs, Map<String, List<FacetValue>> counts) {}

  public record FacetValue(String key, String label, long paragraphs) {}

  public static SearchJson of(SearchResults results) {
    return new SearchJson(results.query(), results.totalHits(), results.offset(),
        results.hits().stream().map(SearchJson::hit).toList(), results.partial(), null, results.totalHitsExact());
  }

  public static SearchJson of(SearchResults results, SearchFacets facets) {
    Map<String, List<FacetValue>> counts = new LinkedHashMap<>();
    facets.dimensions().forEach((dimension, values) ->
        counts.put(dimension, values.stream().map(c -> new FacetValue(c.key(), c.label(), c.paragraphs())).toList()));
    return new SearchJson(results.query(), results.totalHits(), results.offset(),
        results.hits().stream().map(SearchJson::hit).toList(), results.partial(), new Facets(facets.totalHits(), counts), results.totalHitsExact());
  }

  private static Hit hit(SearchHit hit) {
    return new Hit(hit.id(), hit.article(), hit.outlet(), hit.title(), hit.paragraph(), hit.kind().label(), hit.score(),
        hit.text(), highlights(hit.highlights(), hit.text()),
        hit.passages().stream()
            .map(p -> new PassageJson(p.span().start(), p.span().end(), p.text(hit.text()), highlights(p.matches(), hit.text())))
            .toList());
  }

  private static List<Highlight> highlights(List<Span> spans, String text) {
    return spans.stream().map(s -> new Highlight(s.start(), s.end(), s.of(text))).toList();
  }
}
