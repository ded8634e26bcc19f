package org.crosscheck.entities;

import java.util.Objects;
import org.crosscheck.Span;

/**
 * One mention of a person, organisation, place or date in a paragraph.
 *
 * @param type {@link EntityType#PERSON}, {@link EntityType#ORGANIZATION}, {@link EntityType#LOCATION}
 *     or {@link EntityType#DATE}
 * @param key the canonical key: the same for every spelling of the same entity in every outlet
 *     ("Qassem Soleimani", "Qasem Soleimani" and a resolved "Soleimani" share one), and independent of
 *     the order articles are read in
 * @param name the entity's full name as this article gives it ("Mark Esper" for a mention "Esper")
 * @param surface the text as written, titles and ranks left out
 * @param span where {@code surface} stands in the paragraph text
 * @param role the title or role written with this mention ("Defense Secretary", "Gen."), or empty
 */
public record EntityMention(EntityType type, String key, String name, String surface, Span span, String role) {
  public EntityMention {
    Objects.requireNonNull(type, "type");
    if (!type.isMention()) {
      throw new IllegalArgumentException("an entity mention is a person, organisation, place or date, not " + type);
    }
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("an entity mention needs a canonical key");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(role, "role");
  }
}
