package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.Span;
import org.crosscheck.entities.EntityMention;
import org.crosscheck.entities.EntityType;
import org.crosscheck.entities.ParagraphEntities;
import org.crosscheck.entities.Quantity;
import org.crosscheck.entities.Quote;
import org.junit.jupiter.api.Test;

/** The entity fields of one paragraph's document: what is written once, how variants are tidied and encoded. */
class EntityFieldsTest {
  private static final Span SPAN = new Span(0, 1);

  @Test
  void variantKeepsTidyTextAsItIsAndTidiesTheRest() {
    assertEquals("person\u001fjane doe\u001fJane Doe\u001fJane Doe\u001fMinister",
        EntityFields.variant(EntityType.PERSON, "jane doe", "Jane Doe", " Jane \t Doe\n", "Minister"));
    assertEquals("org\u001fk\u001fa b\u001fa b c\u001f", EntityFields.variant(EntityType.ORGANIZATION, "k", "a\u001fb", "a\u001e b  c ", ""));
  }

  @Test
  void variantCutsTextAtTheLimit() {
    String kept = "x".repeat(159);
    assertEquals("date\u001fk\u001f" + kept + "\u001f\u001f", EntityFields.variant(EntityType.DATE, "k", kept, "", ""));
    assertEquals("date\u001fk\u001f" + kept + "…\u001f\u001f", EntityFields.variant(EntityType.DATE, "k", kept + "x", "", ""));
    // Spaces collapsed first: 160 characters once tidied, so cut.
    assertEquals("date\u001fk\u001f" + "x ".repeat(79) + "x…\u001f\u001f",
        EntityFields.variant(EntityType.DATE, "k", "x  ".repeat(100), "", ""));
  }

  @Test
  void tidyTextIsOnlyLoneSpacesBetweenOtherCharacters() {
    assertEquals(List.of(true, true, true, false, false, false, false, false),
        List.of("", "Jane Doe", "naïve 日本", " Jane", "Jane ", "Jane  Doe", "Jane\u2003Doe", "Jane\u001fDoe").stream()
            .map(EntityFields::isClean).toList());
  }

  /** Lucene replaces an unpaired surrogate its own way: the bytes must be those of {@code new BytesRef(String)}. */
  @Test
  void utf8IsWhatLuceneWrites() {
    for (String text : List.of("", "plain", "naïve", "日本", "emoji \uD83D\uDE00", "lone \uD800 high", "lone low \uDC00")) {
      assertEquals(new BytesRef(text), EntityFields.utf8(text), text);
    }
  }

  @Test
  void eachKeyOnceEachVariantOnceAndEveryAnalysedFieldPresent() {
    Document doc = new Document();
    doc.add(new TextField(Schema.PERSON_NAME, "already there", Field.Store.NO));
    ParagraphEntities entities = new ParagraphEntities("a:1", List.of(SPAN),
        List.of(
            new EntityMention(EntityType.ORGANIZATION, "nato", "NATO", "NATO", SPAN, ""),
            new EntityMention(EntityType.ORGANIZATION, "nato", "NATO", "NATO", SPAN, ""),
            new EntityMention(EntityType.ORGANIZATION, "nato", "NATO", "Nato", SPAN, "")),
        List.of(new Quote("We stay", SPAN, "", "")),
        List.of(new Quantity(5000, "troop", "5,000 troops", SPAN), new Quantity(5000, "troop", "5000 troops", SPAN)));
    EntityFields.addTo(doc, entities);

    List<String> fields = new ArrayList<>();
    for (IndexableField field : doc) {
      if (field.fieldType().indexOptions() != IndexOptions.NONE) {
        fields.add((field.fieldType().tokenized() ? "analysed " : "keyword ") + field.name() + "=" + field.stringValue());
      }
    }
    assertEquals(List.of(
        "analysed person_name=already there",
        "keyword org=nato",
        "analysed org_name=nato",
        "keyword number_unit=troop",
        "analysed place_name=",
        "analysed speaker_name="), fields);
    assertEquals(String.join("\u001e",
            "org\u001fnato\u001fNATO\u001fNATO\u001f",
            "org\u001fnato\u001fNATO\u001fNato\u001f",
            "quote\u001f\u001f\u001fWe stay\u001f",
            "number\u001f5000 troop\u001f5000 troop\u001f5,000 troops\u001ftroop",
            "number\u001f5000 troop\u001f5000 troop\u001f5000 troops\u001ftroop"),
        doc.getBinaryValue(Schema.ENTITY_VARIANT).utf8ToString());
    assertEquals(List.of(SPAN), EntityFields.decodeQuoteSpans(doc.getBinaryValue(Schema.QUOTE)), "where the quote stands");
  }
}
