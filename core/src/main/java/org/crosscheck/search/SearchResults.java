package org.crosscheck.search;

import java.util.List;

/**
 * The answer to one search. Immutable.
 *
 * @param query the query as given
 * @param totalHits how many paragraphs match in all
 * @param offset how many of the best hits were passed over (paging)
 * @param hits the hits of this page, best first, ties broken by id
 */
public record SearchResults(String query, long totalHits, int offset, List<SearchHit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }

  public boolean isEmpty() {
    return hits.isEmpty();
  }
}
