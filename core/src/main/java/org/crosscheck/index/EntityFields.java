package org.crosscheck.index;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.entities.EntityMention;
import org.crosscheck.entities.EntityType;
import org.crosscheck.entities.ParagraphEntities;
import org.crosscheck.entities.Quantity;
import org.crosscheck.entities.Quote;

/**
 * Adds a paragraph's entities to its Lucene document, following the entity fields of {@link Schema}.
 * Each canonical entity is written once per paragraph however often it is mentioned; every distinct
 * spelling is recorded in {@link Schema#ENTITY_VARIANT} for the entity listing.
 */
public final class EntityFields {
  private EntityFields() {}

  /** Separates the parts of an {@link Schema#ENTITY_VARIANT} value. */
  public static final char SEPARATOR = '\u001f';

  /** Doc values terms must stay under Lucene's 32 KB limit; long quotes are cut for the listing only. */
  private static final int MAX_VARIANT_CHARS = 300;

  public static void addTo(Document doc, ParagraphEntities entities) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> variants = new LinkedHashSet<>();
    for (EntityMention mention : entities.mentions()) {
      String field = keywordField(mention.type());
      if (seen.add(field + SEPARATOR + mention.key())) {
        doc.add(new StringField(field, mention.key(), Field.Store.NO));
        if (mention.type() != EntityType.DATE) {
          doc.add(new SortedSetDocValuesField(field, new BytesRef(mention.key())));
          doc.add(new TextField(nameField(mention.type()), mention.key(), Field.Store.NO));
        }
      }
      variants.add(variant(mention.type(), mention.key(), mention.name(), mention.surface(), mention.role()));
    }
    for (Quote quote : entities.quotes()) {
      doc.add(new TextField(Schema.QUOTE, quote.text(), Field.Store.NO));
      if (quote.hasSpeaker() && seen.add(Schema.QUOTE_SPEAKER + SEPARATOR + quote.speakerKey())) {
        doc.add(new StringField(Schema.QUOTE_SPEAKER, quote.speakerKey(), Field.Store.NO));
        doc.add(new SortedSetDocValuesField(Schema.QUOTE_SPEAKER, new BytesRef(quote.speakerKey())));
        doc.add(new TextField(Schema.SPEAKER_NAME, quote.speakerKey(), Field.Store.NO));
      }
      variants.add(variant(EntityType.QUOTE, quote.speakerKey(), quote.speaker(), quote.text(), ""));
    }
    for (Quantity quantity : entities.quantities()) {
      doc.add(new DoublePoint(Schema.NUMBER, quantity.value()));
      if (!quantity.unit().isEmpty() && seen.add(Schema.NUMBER_UNIT + SEPARATOR + quantity.unit())) {
        doc.add(new StringField(Schema.NUMBER_UNIT, quantity.unit(), Field.Store.NO));
      }
      variants.add(variant(EntityType.NUMBER, quantity.key(), quantity.key(), quantity.surface(), quantity.unit()));
    }
    for (String value : variants) {
      doc.add(new SortedSetDocValuesField(Schema.ENTITY_VARIANT, new BytesRef(value)));
    }
  }

  /** The keyword field holding canonical keys of a type of mention. */
  public static String keywordField(EntityType type) {
    return switch (type) {
      case PERSON -> Schema.PERSON;
      case ORGANIZATION -> Schema.ORG;
      case LOCATION -> Schema.PLACE;
      case DATE -> Schema.DATE_MENTION;
      case QUOTE -> Schema.QUOTE_SPEAKER;
      case NUMBER -> Schema.NUMBER_UNIT;
    };
  }

  /** The analysed name field of people, organisations, places and speakers. */
  public static String nameField(EntityType type) {
    return switch (type) {
      case PERSON -> Schema.PERSON_NAME;
      case ORGANIZATION -> Schema.ORG_NAME;
      case LOCATION -> Schema.PLACE_NAME;
      case QUOTE -> Schema.SPEAKER_NAME;
      default -> throw new IllegalArgumentException(type + " has no name field");
    };
  }

  static String variant(EntityType type, String key, String name, String surface, String attribute) {
    String value = type.label() + SEPARATOR + key + SEPARATOR + clean(name) + SEPARATOR + clean(surface) + SEPARATOR + clean(attribute);
    while (value.getBytes(StandardCharsets.UTF_8).length > 30_000) {
      value = value.substring(0, value.length() / 2);
    }
    return value;
  }

  private static String clean(String text) {
    String oneLine = text.replace(SEPARATOR, ' ').replaceAll("\\s+", " ").strip();
    return oneLine.length() > MAX_VARIANT_CHARS ? oneLine.substring(0, MAX_VARIANT_CHARS - 1) + "…" : oneLine;
  }
}
