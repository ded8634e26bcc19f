package org.crosscheck.cli.output;

import java.util.List;
import java.util.Map;
import org.crosscheck.entities.EntitySummary;

/** The JSON form of the entity listing. Scripts rely on these names; add fields, never rename them. */
public record EntitiesJson(List<Entity> entities) {

  public record Entity(
      String type, String key, String name, int paragraphs, Map<String, Integer> paragraphsByOutlet, List<String> variants,
      List<String> attributes) {}

  public static EntitiesJson of(List<EntitySummary> summaries) {
    return new EntitiesJson(summaries.stream()
        .map(s -> new Entity(s.type().label(), s.key(), s.name(), s.paragraphs(), s.paragraphsByOutlet(), s.variants(), s.attributes()))
        .toList());
  }
}
