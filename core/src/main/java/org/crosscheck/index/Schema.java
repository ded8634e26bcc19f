package org.crosscheck.index;

/**
 * Every field of the paragraph index, declared once. One Lucene document is one paragraph.
 *
 * <p>Bump {@link #VERSION} whenever a field, an analyzer or the way articles are split changes:
 * an index records the version it was written with, and crosscheck refuses (or, for the bundled
 * seeds, rebuilds) an index of another version instead of answering from stale data.
 */
public final class Schema {
  private Schema() {}

  /** The version of this schema and of the ingestion rules, stored in every commit. */
  public static final int VERSION = 7;

  /** Commit user data key holding {@link #VERSION}. */
  public static final String COMMIT_SCHEMA_VERSION = "crosscheck.schema";
  /** Commit user data key holding {@link IngestionCode#digest()} of the crosscheck that wrote the commit. */
  public static final String COMMIT_INGESTION_CODE = "crosscheck.ingestion";
  /** Commit user data key holding the absolute path of the corpus folder the index mirrors. */
  public static final String COMMIT_CORPUS = "crosscheck.corpus";
  /** Commit user data key holding {@link EntityMode#label()}: whether the articles carry the entity fields below. */
  public static final String COMMIT_ENTITIES = "crosscheck.entities";

  /** {@code <article>:<paragraph>}; keyword term for updates and lookups, sorted doc values to break score ties. */
  public static final String ID = "id";
  /** Article id (file name without .txt); keyword term to replace or delete an article's paragraphs at once, doc values to list articles. */
  public static final String ARTICLE = "article";
  /** The outlet as the article names itself; stored for display, sorted doc values to group and count by outlet. */
  public static final String OUTLET = "outlet";
  /** The outlet lower-cased; keyword term so {@code outlet:"yahoo news"} filters whatever the case typed. */
  public static final String OUTLET_KEY = "outlet_key";
  /** The article's headline; English-analysed and stored, for {@code title:} queries and display. */
  public static final String TITLE = "title";
  /** The paragraph's number in reading order from 1; point for ranges, stored for display, doc values for reading order. */
  public static final String PARAGRAPH = "paragraph";
  /** {@code body} or {@code boilerplate}; keyword term so searches leave boilerplate out by default. */
  public static final String KIND = "kind";
  /** Why a paragraph is boilerplate ({@code photo-caption}, ...); stored only, for display. */
  public static final String BOILERPLATE = "boilerplate";
  /** The paragraph text, English-analysed (stemmed, stop words out); postings with offsets for the UnifiedHighlighter; stored as the original text. */
  public static final String TEXT = "text";
  /** The same text lower-cased but neither stemmed nor stopped, for exact words and phrases; positions but no offsets: the highlighter analyses the hits' stored {@link #TEXT} for its matches. */
  public static final String TEXT_EXACT = "text_exact";
  /** Sentence boundaries as offsets into the text ("start-end,start-end"); stored only, for sentence alignment. */
  public static final String SENTENCES = "sentences";
  /** Where the paragraph stands in its decoded source file ("start-end"); stored only. */
  public static final String SOURCE_SPAN = "source_span";
  /** The article's publication date as the manifest or JSON Lines record writes it (no format is imposed); stored only, for display. */
  public static final String DATE = "date";
  /** Where the article was published; stored only, for display and for people to check the source. */
  public static final String URL = "url";
  /** The source file's path relative to the corpus folder; stored only. */
  public static final String SOURCE = "source";
  /** Digest of the source file and its manifest entry; sorted doc values so re-indexing skips unchanged files. */
  public static final String FINGERPRINT = "fingerprint";

  // Entities (org.crosscheck.entities), extracted per article from body paragraphs. The analysed ones
  // (names) are in every paragraph, empty when it has none, so their norms stay dense (EntityFields).
  /** Canonical keys of the people named; keyword terms for exact filters, sorted-set doc values for facets and listing. */
  public static final String PERSON = "person";
  /** Canonical keys of the organisations named; keyword terms for filters, sorted-set doc values for facets. */
  public static final String ORG = "org";
  /** Canonical keys of the places named; keyword terms for filters, sorted-set doc values for facets. */
  public static final String PLACE = "place";
  /** The people's canonical keys as words (whitespace-analysed, gap between entities) so {@code person:Esper} and {@code person:"Mark Esper"} match phrase-wise within one entity. */
  public static final String PERSON_NAME = "person_name";
  /** The organisations' canonical keys as words, for {@code org:} phrase queries. */
  public static final String ORG_NAME = "org_name";
  /** The places' canonical keys as words, for {@code place:} phrase queries. */
  public static final String PLACE_NAME = "place_name";
  /** Canonical keys of the dates the paragraph mentions ({@code monday}, {@code 2014-06-15}, {@code 17 years}); keyword terms for {@code when:} filters. Not {@link #DATE}, the publication date. */
  public static final String DATE_MENTION = "date_mention";
  /** The values of the numbers in the paragraph; double points for {@code number:[1000 TO 10000]} ranges. */
  public static final String NUMBER = "number";
  /** What the numbers count, singular ({@code troop}); keyword terms for {@code unit:} filters. */
  public static final String NUMBER_UNIT = "number_unit";
  /**
   * Where the paragraph's quotes stand in its text ("start-end,start-end"); binary doc values only.
   * {@code quote:} searches {@link #TEXT} and keeps the matches inside them, so the quoted words are
   * not indexed twice.
   */
  public static final String QUOTE = "quote";
  /** Canonical keys of the quotes' speakers; keyword terms for filters, sorted-set doc values for the quote listing. */
  public static final String QUOTE_SPEAKER = "quote_speaker";
  /** The speakers' canonical keys as words, for {@code speaker:} phrase queries. */
  public static final String SPEAKER_NAME = "speaker_name";
  /** Every entity and spelling of the paragraph ("type, key, name, surface, attribute" joined by U+001F, variants by U+001E); binary doc values only (cheap to write), read to list entities with their spellings, roles and counts per outlet. */
  public static final String ENTITY_VARIANT = "entity_variant";

  /** The fields above, which an index built without entities lacks; queries on them check {@link EntityMode}. */
  public static final java.util.Set<String> ENTITY_FIELDS = java.util.Set.of(PERSON, ORG, PLACE, PERSON_NAME, ORG_NAME, PLACE_NAME,
      DATE_MENTION, NUMBER, NUMBER_UNIT, QUOTE, QUOTE_SPEAKER, SPEAKER_NAME, ENTITY_VARIANT);
}
