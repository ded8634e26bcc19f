package org.crosscheck.entities;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One canonical entity as the index knows it: how many paragraphs of each outlet name it, and the
 * spellings seen. Immutable.
 *
 * @param type what it is
 * @param key the canonical key (for quotes, the speaker's key, empty for words nobody is credited with;
 *     for numbers, value and unit)
 * @param name the display name: the full name most paragraphs give (ties: alphabetical), so the choice
 *     never depends on indexing order
 * @param paragraphsByOutlet how many body paragraphs of each outlet name it, by outlet
 * @param variants the spellings seen (for quotes, the quoted words; for numbers, the numbers as written), sorted
 * @param attributes roles for people ("Defense Secretary"), what is counted for numbers, sorted
 */
public record EntitySummary(
    EntityType type, String key, String name, SortedMap<String, Integer> paragraphsByOutlet, List<String> variants,
    List<String> attributes) {

  public EntitySummary {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    paragraphsByOutlet = Collections.unmodifiableSortedMap(new TreeMap<>(Map.copyOf(paragraphsByOutlet)));
    variants = List.copyOf(variants);
    attributes = List.copyOf(attributes);
  }

  /** Paragraphs naming it, all outlets together. */
  public int paragraphs() {
    return paragraphsByOutlet.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** How many outlets name it. */
  public int outlets() {
    return paragraphsByOutlet.size();
  }
}
