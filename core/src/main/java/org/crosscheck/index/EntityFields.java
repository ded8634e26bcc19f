package org.crosscheck.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.Span;
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

  /** Separates the parts of one variant in {@link Schema#ENTITY_VARIANT}. */
  public static final char SEPARATOR = '\u001f';
  /** Separates the variants of one paragraph in {@link Schema#ENTITY_VARIANT}. */
  public static final char RECORD_SEPARATOR = '\u001e';

  /** Long quotes are cut for the listing only; the text field holds them whole. */
  private static final int MAX_VARIANT_CHARS = 160;

  /**
   * The analysed entity fields, which carry norms. A paragraph that has none of one gets it empty:
   * an empty value adds no term (so no query, score or document count changes) but gives the
   * paragraph a norm, which keeps each field's norms dense. Sparse norms are read back with a linear
   * scan per term when a segment is flushed or merged, which cost 5% of indexing.
   */
  private static final List<String> ANALYSED_FIELDS =
      List.of(Schema.PERSON_NAME, Schema.ORG_NAME, Schema.PLACE_NAME, Schema.SPEAKER_NAME);

  /** Each of {@link #ANALYSED_FIELDS} by name, to its place in that list. */
  private static final Map<String, Integer> ANALYSED_FIELD_INDEX =
      IntStream.range(0, ANALYSED_FIELDS.size()).boxed().collect(Collectors.toUnmodifiableMap(ANALYSED_FIELDS::get, i -> i));

  public static void addTo(Document doc, ParagraphEntities entities) {
    Set<FieldValue> seen = new HashSet<>();
    Set<String> variants = new LinkedHashSet<>();
    for (EntityMention mention : entities.mentions()) {
      String field = keywordField(mention.type());
      if (seen.add(new FieldValue(field, mention.key()))) {
        doc.add(new StringField(field, mention.key(), Field.Store.NO));
        if (mention.type() != EntityType.DATE) {
          doc.add(new SortedSetDocValuesField(field, utf8(mention.key())));
          doc.add(NameField.of(nameField(mention.type()), mention.key()));
        }
      }
      variants.add(variant(mention.type(), mention.key(), mention.name(), mention.surface(), mention.role()));
    }
    List<Span> quoteSpans = new ArrayList<>(entities.quotes().size());
    for (Quote quote : entities.quotes()) {
      quoteSpans.add(quote.span());
      if (quote.hasSpeaker() && seen.add(new FieldValue(Schema.QUOTE_SPEAKER, quote.speakerKey()))) {
        doc.add(new StringField(Schema.QUOTE_SPEAKER, quote.speakerKey(), Field.Store.NO));
        doc.add(new SortedSetDocValuesField(Schema.QUOTE_SPEAKER, utf8(quote.speakerKey())));
        doc.add(NameField.of(Schema.SPEAKER_NAME, quote.speakerKey()));
      }
      variants.add(variant(EntityType.QUOTE, quote.speakerKey(), quote.speaker(), quote.text(), ""));
    }
    if (!quoteSpans.isEmpty()) {
      doc.add(new BinaryDocValuesField(Schema.QUOTE, utf8(ParagraphDocuments.encodeSpans(quoteSpans))));
    }
    for (Quantity quantity : entities.quantities()) {
      doc.add(new DoublePoint(Schema.NUMBER, quantity.value()));
      if (!quantity.unit().isEmpty() && seen.add(new FieldValue(Schema.NUMBER_UNIT, quantity.unit()))) {
        doc.add(new StringField(Schema.NUMBER_UNIT, quantity.unit(), Field.Store.NO));
      }
      String key = quantity.key(); // formats the number: once, not once per use
      variants.add(variant(EntityType.NUMBER, key, key, quantity.surface(), quantity.unit()));
    }
    if (!variants.isEmpty()) {
      doc.add(new BinaryDocValuesField(Schema.ENTITY_VARIANT, utf8(String.join(String.valueOf(RECORD_SEPARATOR), variants))));
    }
    // One look at each of the document's fields instead of one search of them all per analysed field:
    // most of the four are absent, and each search for an absent one compared every name.
    boolean[] present = new boolean[ANALYSED_FIELDS.size()];
    for (IndexableField field : doc) {
      Integer at = ANALYSED_FIELD_INDEX.get(field.name());
      if (at != null) {
        present[at] = true;
      }
    }
    for (int i = 0; i < present.length; i++) {
      if (!present[i]) {
        doc.add(NameField.of(ANALYSED_FIELDS.get(i), ""));
      }
    }
  }

  /** A keyword field and one of its values, which the paragraph's document holds once. */
  private record FieldValue(String field, String value) {}

  /**
   * The text in UTF-8, the bytes {@code new BytesRef(text)} holds. The JDK's encoder is several
   * times faster on the Latin-1 strings most text is; it writes the same bytes for every character
   * but a surrogate, which it would replace differently from Lucene if unpaired, so text with
   * surrogates is left to Lucene.
   */
  static BytesRef utf8(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return new BytesRef(text);
      }
    }
    return new BytesRef(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The spans {@link Schema#QUOTE} holds for a paragraph. */
  public static List<Span> decodeQuoteSpans(BytesRef value) {
    return ParagraphDocuments.decodeSpans(value.utf8ToString());
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
    return type.label() + SEPARATOR + key + SEPARATOR + clean(name) + SEPARATOR + clean(surface) + SEPARATOR + clean(attribute);
  }

  /** One line, single spaces, no separators, at most {@link #MAX_VARIANT_CHARS} characters. */
  private static String clean(String text) {
    if (isClean(text)) {
      return text; // most names and surfaces: nothing to change, so nothing to copy
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_VARIANT_CHARS));
    boolean space = false;
    for (int i = 0; i < text.length() && out.length() < MAX_VARIANT_CHARS; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == SEPARATOR || c == RECORD_SEPARATOR) {
        space = !out.isEmpty();
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    if (out.length() >= MAX_VARIANT_CHARS) {
      out.setLength(MAX_VARIANT_CHARS - 1);
      out.append('…');
    }
    return out.toString();
  }

  /**
   * Whether {@link #clean} would give the text back as it is: short enough not to be cut, and every
   * space, separator or other white space a lone ' ' between two other characters.
   */
  static boolean isClean(String text) {
    int length = text.length();
    if (length >= MAX_VARIANT_CHARS) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      // Above the space and below DEL nothing is white space: most characters are answered here.
      if ((c <= ' ' || c >= 0x7f) && (Character.isWhitespace(c) || c == SEPARATOR || c == RECORD_SEPARATOR)
          && (c != ' ' || i == 0 || i == length - 1 || text.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }
}
