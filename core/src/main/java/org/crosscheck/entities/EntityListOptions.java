package org.crosscheck.entities;

import java.util.Set;
import org.crosscheck.internal.Check;

/**
 * Which entities {@code Crosscheck.entities} lists. Immutable; each {@code with…} returns a changed copy.
 *
 * <pre>{@code
 * EntityListOptions options = EntityListOptions.defaults().withTypes(Set.of(EntityType.PERSON)).withOutlet("Yahoo News");
 * }</pre>
 *
 * @param types the types to list; all when empty
 * @param outlet only count paragraphs of this outlet (any case); empty for all
 * @param limit at most this many entities, most often named first, 1 to {@value #MAX_LIMIT}
 */
public record EntityListOptions(Set<EntityType> types, String outlet, int limit) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 100_000;

  public EntityListOptions {
    types = Set.copyOf(Check.notNull(types, "types"));
    outlet = Check.notNull(outlet, "outlet").strip();
    Check.between(limit, 1, MAX_LIMIT, "limit");
  }

  public static EntityListOptions defaults() {
    return new EntityListOptions(Set.of(), "", DEFAULT_LIMIT);
  }

  public EntityListOptions withTypes(Set<EntityType> types) {
    return new EntityListOptions(types, outlet, limit);
  }

  public EntityListOptions withOutlet(String outlet) {
    return new EntityListOptions(types, outlet, limit);
  }

  public EntityListOptions withLimit(int limit) {
    return new EntityListOptions(types, outlet, limit);
  }

  boolean includes(EntityType type) {
    return types.isEmpty() || types.contains(type);
  }
}
