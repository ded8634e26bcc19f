package org.crosscheck.entities;

import java.util.Locale;

/**
 * The kinds of things crosscheck recognises in a paragraph. People, organisations, places and dates
 * are {@link EntityMention}s; quotes are {@link Quote}s and numbers {@link Quantity}s.
 */
public enum EntityType {
  PERSON("person"),
  ORGANIZATION("org"),
  LOCATION("place"),
  DATE("date"),
  QUOTE("quote"),
  NUMBER("number");

  private final String label;

  EntityType(String label) {
    this.label = label;
  }

  /** The short lower-case name used on the command line, in JSON and in the index ({@code person}, {@code org}, ...). */
  public String label() {
    return label;
  }

  /** The type with this label or name, any case. */
  public static EntityType fromLabel(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (EntityType type : values()) {
      if (type.label.equals(wanted) || type.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown entity type '" + text + "'; known: person, org, place, date, quote, number");
  }

  /** Whether mentions of this type are {@link EntityMention}s (names and dates) rather than quotes or numbers. */
  public boolean isMention() {
    return this == PERSON || this == ORGANIZATION || this == LOCATION || this == DATE;
  }
}
