package org.crosscheck.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.Span;
import org.crosscheck.entities.ArticleEntities;
import org.crosscheck.entities.EntityExtractor;
import org.crosscheck.entities.RuleBasedEntityExtractor;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Boilerplate;
import org.crosscheck.ingest.Paragraph;

/** Converts paragraphs to Lucene documents following {@link Schema}, and stored documents back. */
public final class ParagraphDocuments {
  private ParagraphDocuments() {}

  /** Analysed, stored, with offsets in the postings so the UnifiedHighlighter needs no re-analysis. */
  private static final FieldType TEXT_WITH_OFFSETS = textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
  /**
   * Analysed with positions, for phrases; neither stored nor with offsets. The highlighter finds an
   * {@code exact:} query's matches by analysing the stored {@link Schema#TEXT} of the hits shown
   * again, a few paragraphs; offsets for every word of every paragraph cost a twentieth of indexing.
   */
  private static final FieldType EXACT_WITH_POSITIONS = textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
  /** The title: analysed with positions for phrases, stored for display. */
  private static final FieldType TITLE_TYPE = TextField.TYPE_STORED;

  private static FieldType textType(boolean stored, IndexOptions options) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(options);
    type.freeze();
    return type;
  }

  /** The documents of an article, one per paragraph, in reading order, with the entity fields the shared extractor finds. */
  public static List<Document> toDocuments(Article article, String fingerprint) {
    return toDocuments(article, fingerprint, RuleBasedEntityExtractor.shared());
  }

  /**
   * The documents of an article with the entities {@code extractor} finds; with a null extractor
   * the documents carry no entity fields (the benchmark's baseline).
   */
  public static List<Document> toDocuments(Article article, String fingerprint, EntityExtractor extractor) {
    ArticleEntities entities = extractor == null ? null : extractor.extract(article);
    List<Document> documents = new ArrayList<>(article.paragraphs().size());
    TokenizedText title = new TokenizedText(article.title()); // every paragraph's document indexes it
    for (Paragraph paragraph : article.paragraphs()) {
      Document doc = toDocument(article, title, paragraph, fingerprint);
      if (entities != null) {
        EntityFields.addTo(doc, entities.paragraph(paragraph.number()));
      }
      documents.add(doc);
    }
    return documents;
  }

  public static Document toDocument(Article article, Paragraph paragraph, String fingerprint) {
    return toDocument(article, new TokenizedText(article.title()), paragraph, fingerprint);
  }

  private static Document toDocument(Article article, TokenizedText title, Paragraph paragraph, String fingerprint) {
    Document doc = new Document();
    String id = paragraph.id(); // built on each call
    doc.add(new StringField(Schema.ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));
    doc.add(new StringField(Schema.ARTICLE, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Schema.ARTICLE, new BytesRef(article.id())));
    doc.add(new StoredField(Schema.OUTLET, article.outlet()));
    doc.add(new SortedDocValuesField(Schema.OUTLET, new BytesRef(article.outlet())));
    doc.add(new StringField(Schema.OUTLET_KEY, outletKey(article.outlet()), Field.Store.NO));
    doc.add(title.englishField(Schema.TITLE, TITLE_TYPE));
    doc.add(new IntPoint(Schema.PARAGRAPH, paragraph.number()));
    doc.add(new StoredField(Schema.PARAGRAPH, paragraph.number()));
    doc.add(new NumericDocValuesField(Schema.PARAGRAPH, paragraph.number()));
    doc.add(new StringField(Schema.KIND, paragraph.kind().label(), Field.Store.YES));
    doc.add(new StoredField(Schema.BOILERPLATE, paragraph.boilerplate().label()));
    // Tokenized once for both fields; the words are worked out when the index writer reads them.
    TokenizedText text = new TokenizedText(paragraph.text());
    doc.add(text.englishField(Schema.TEXT, TEXT_WITH_OFFSETS));
    doc.add(text.exactField(Schema.TEXT_EXACT, EXACT_WITH_POSITIONS));
    doc.add(new StoredField(Schema.SENTENCES, encodeSpans(paragraph.sentences())));
    doc.add(new StoredField(Schema.SOURCE_SPAN, encodeSpans(List.of(paragraph.source()))));
    doc.add(new StoredField(Schema.SOURCE, article.source()));
    if (!article.date().isEmpty()) {
      doc.add(new StoredField(Schema.DATE, article.date()));
    }
    if (!article.url().isEmpty()) {
      doc.add(new StoredField(Schema.URL, article.url()));
    }
    doc.add(new SortedDocValuesField(Schema.FINGERPRINT, new BytesRef(fingerprint)));
    return doc;
  }

  /** Rebuilds a paragraph from its stored fields. */
  public static IndexedParagraph fromStored(Document doc) {
    String articleId = doc.get(Schema.ARTICLE);
    int number = doc.getField(Schema.PARAGRAPH).numericValue().intValue();
    Paragraph paragraph = new Paragraph(articleId, number, doc.get(Schema.TEXT),
        Boilerplate.fromLabel(doc.get(Schema.BOILERPLATE)), decodeSpans(doc.get(Schema.SOURCE_SPAN)).getFirst(),
        decodeSpans(doc.get(Schema.SENTENCES)));
    return new IndexedParagraph(paragraph, doc.get(Schema.OUTLET), doc.get(Schema.TITLE), doc.get(Schema.SOURCE),
        orEmpty(doc.get(Schema.DATE)), orEmpty(doc.get(Schema.URL)));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** The form of an outlet name that {@link Schema#OUTLET_KEY} holds. */
  public static String outletKey(String outlet) {
    return outlet.strip().toLowerCase(Locale.ROOT);
  }

  static String encodeSpans(List<Span> spans) {
    StringBuilder out = new StringBuilder();
    for (Span span : spans) {
      if (!out.isEmpty()) {
        out.append(',');
      }
      out.append(span.start()).append('-').append(span.end());
    }
    return out.toString();
  }

  static List<Span> decodeSpans(String encoded) {
    List<Span> spans = new ArrayList<>();
    if (encoded == null || encoded.isEmpty()) {
      return spans;
    }
    for (String part : encoded.split(",")) {
      int dash = part.indexOf('-');
      spans.add(new Span(Integer.parseInt(part, 0, dash, 10), Integer.parseInt(part, dash + 1, part.length(), 10)));
    }
    return spans;
  }
}
