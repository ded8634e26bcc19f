package org.crosscheck.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Counts over all the paragraphs a search matches: by outlet and by the people, organisations and
 * places they name. Immutable.
 *
 * @param query the query as given
 * @param totalHits how many paragraphs match
 * @param dimensions {@code outlet}, {@code person}, {@code org} and {@code place}, each with its most
 *     frequent values first (ties by name)
 */
public record SearchFacets(String query, long totalHits, Map<String, List<Count>> dimensions) {

  /**
   * One value of a dimension.
   *
   * @param key the canonical key (the outlet name for outlets)
   * @param label the display name
   * @param paragraphs how many matching paragraphs have it
   */
  public record Count(String key, String label, long paragraphs) {
    public Count {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
    }
  }

  /** The dimensions, in this order. */
  public static final List<String> DIMENSIONS = List.of("outlet", "person", "org", "place");

  public SearchFacets {
    Objects.requireNonNull(query, "query");
    TreeMap<String, List<Count>> copy = new TreeMap<>((a, b) -> Integer.compare(DIMENSIONS.indexOf(a), DIMENSIONS.indexOf(b)));
    dimensions.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    dimensions = java.util.Collections.unmodifiableMap(copy);
  }

  /** The counts of one dimension, or an empty list. */
  public List<Count> of(String dimension) {
    return dimensions.getOrDefault(dimension, List.of());
  }
}
