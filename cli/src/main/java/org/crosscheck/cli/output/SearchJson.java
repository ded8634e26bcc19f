package org.crosscheck.cli.output;

import java.util.List;
import org.crosscheck.Span;
import org.crosscheck.search.SearchHit;
import org.crosscheck.search.SearchResults;

/**
 * The JSON form of search results. Scripts rely on these names; add fields, never rename them.
 * Offsets count UTF-16 code units into {@code text}, as JavaScript and Java strings index.
 */
public record SearchJson(String query, long totalHits, int offset, List<Hit> hits) {

  public record Hit(
      String id, String article, String outlet, String title, int paragraph, String kind, float score, String text,
      List<Highlight> highlights, List<PassageJson> passages) {}

  public record Highlight(int start, int end, String text) {}

  public record PassageJson(int start, int end, String text, List<Highlight> matches) {}

  public static SearchJson of(SearchResults results) {
    return new SearchJson(results.query(), results.totalHits(), results.offset(),
        results.hits().stream().map(SearchJson::hit).toList());
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
