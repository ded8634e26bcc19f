package org.crosscheck.search;

import java.util.List;

/**
 * The answer to one search. Immutable.
 *
 * @param query the query as given
 * @param totalHits how many paragraphs match in all
 * @param offset how many of the best hits were passed over (paging)
 * @param hits the hits of this page, best first, ties broken by id
 * @param partial whether the search ran out of its time ({@link SearchOptions#timeout()}) and
 *     stopped early: then {@code totalHits} is a lower bound and better hits may be missing
 */
public record SearchResults(String query, long totalHits, int offset, List<SearchHit> hits, boolean partial) {
  public SearchResults {
    hits = List.copyOf(hits);
  }

  /** A complete answer. */
  public SearchResults(String query, long totalHits, int offset, List<SearchHit> hits) {
    this(query, totalHits, offset, hits, false);
  }

  public boolean isEmpty() {
    return hits.isEmpty();
  }
}
