package org.crosscheck.search;

import java.util.List;

/**
 * The answer to one search. Immutable.
 *
 * @param query the query as given
 * @param totalHits how many paragraphs match in all, or at least, when {@code totalHitsExact} is false
 * @param offset how many of the best hits were passed over (paging)
 * @param hits the hits of this page, best first, ties broken by id
 * @param partial whether the search ran out of its time ({@link SearchOptions#timeout()}) and
 *     stopped early: then {@code totalHits} is a lower bound and better hits may be missing
 * @param totalHitsExact whether {@code totalHits} counts every match. It does not when more than
 *     {@link SearchOptions#EXACT_COUNT} match and {@link SearchOptions#exactCount()} was not asked
 *     for, nor when the search was partial. The hits are the best ones either way.
 */
public record SearchResults(String query, long totalHits, int offset, List<SearchHit> hits, boolean partial, boolean totalHitsExact) {
  public SearchResults {
    hits = List.copyOf(hits);
    if (partial && totalHitsExact) {
      throw new IllegalArgumentException("a partial answer cannot have counted every match");
    }
  }

  /** A complete answer that counted every match. */
  public SearchResults(String query, long totalHits, int offset, List<SearchHit> hits) {
    this(query, totalHits, offset, hits, false, true);
  }

  public boolean isEmpty() {
    return hits.isEmpty();
  }
}
