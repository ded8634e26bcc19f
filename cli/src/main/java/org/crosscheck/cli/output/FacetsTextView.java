package org.crosscheck.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.search.SearchFacets;

/** Facet counts under the search results: one line per dimension, most frequent values first. */
public final class FacetsTextView {
  private final Style style;

  public FacetsTextView(Style style) {
    this.style = style;
  }

  public void print(SearchFacets facets, PrintWriter out) {
    out.println();
    out.println(style.bold("Counts over " + facets.totalHits() + (facets.totalHits() == 1 ? " matching paragraph" : " matching paragraphs")));
    for (String dimension : SearchFacets.DIMENSIONS) {
      List<SearchFacets.Count> counts = facets.of(dimension);
      String values = counts.isEmpty() ? "-" : counts.stream().map(c -> c.label() + " " + c.paragraphs()).collect(Collectors.joining(", "));
      out.println(String.format(java.util.Locale.ROOT, "  %-7s %s", dimension + ":", values));
    }
    out.flush();
  }
}
