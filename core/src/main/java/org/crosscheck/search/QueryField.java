package org.crosscheck.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.index.Schema;

/**
 * A field name users may write in a query ({@code outlet:"Military Times"}), the index field it
 * stands for, and how its values are matched.
 *
 * @param name what the user writes before the colon
 * @param indexField the {@link Schema} field searched
 * @param match how a value is turned into a query
 * @param description one line for help texts
 */
public record QueryField(String name, String indexField, Match match, String description) {

  /** How a field's values are matched. */
  public enum Match {
    /** Analysed text: words, phrases, wildcards, fuzzy terms. */
    TEXT,
    /** As {@link #TEXT}, but only matches inside the paragraph's quotes count ({@code WithinQuotesQuery}). */
    QUOTED_TEXT,
    /** One whole value compared exactly. */
    KEYWORD,
    /** One whole value compared without case. */
    KEYWORD_IGNORE_CASE,
    /** A whole number; ranges such as {@code [1 TO 3]}. */
    INTEGER,
    /** A canonical entity by any of its names ({@code person:Esper}); see {@code EntityQueries}. */
    ENTITY,
    /** A decimal number; ranges such as {@code [1000 TO 10000]}. */
    NUMBER
  }

  /** The field a query searches when it names none. */
  public static final QueryField DEFAULT =
      new QueryField("text", Schema.TEXT, Match.TEXT, "the paragraph text, stemmed (the default)");

  private static final Map<String, QueryField> FIELDS = new LinkedHashMap<>();

  static {
    register(DEFAULT);
    register(new QueryField("exact", Schema.TEXT_EXACT, Match.TEXT, "the paragraph text as written: no stemming, stop words kept"));
    register(new QueryField("title", Schema.TITLE, Match.TEXT, "the article's title"));
    register(new QueryField("outlet", Schema.OUTLET_KEY, Match.KEYWORD_IGNORE_CASE, "the outlet, whole name, any case"));
    register(new QueryField("article", Schema.ARTICLE, Match.KEYWORD, "the article id (file name without .txt)"));
    register(new QueryField("id", Schema.ID, Match.KEYWORD, "the paragraph id, article:number"));
    register(new QueryField("kind", Schema.KIND, Match.KEYWORD_IGNORE_CASE, "body or boilerplate"));
    register(new QueryField("paragraph", Schema.PARAGRAPH, Match.INTEGER, "the paragraph number, from 1"));
    register(new QueryField("person", Schema.PERSON_NAME, Match.ENTITY, "a person named in the paragraph, any spelling: person:Esper"));
    register(new QueryField("org", Schema.ORG_NAME, Match.ENTITY, "an organisation named in the paragraph: org:ISIS"));
    register(new QueryField("place", Schema.PLACE_NAME, Match.ENTITY, "a place named in the paragraph: place:US"));
    register(new QueryField("speaker", Schema.SPEAKER_NAME, Match.ENTITY, "the speaker of a quote in the paragraph: speaker:Milley"));
    register(new QueryField("quote", Schema.QUOTE, Match.QUOTED_TEXT, "only the quoted words: quote:\"honest mistake\""));
    register(new QueryField("number", Schema.NUMBER, Match.NUMBER, "a number in the paragraph: number:[1000 TO 10000]"));
    register(new QueryField("unit", Schema.NUMBER_UNIT, Match.KEYWORD_IGNORE_CASE, "what a number counts, singular: unit:troop"));
    register(new QueryField("when", Schema.DATE_MENTION, Match.KEYWORD_IGNORE_CASE, "a date the paragraph mentions: when:monday, when:2014-06-15, when:\"17 years\""));
  }

  /** Adds a field to the query syntax; features that index more fields register them here. */
  public static synchronized void register(QueryField field) {
    FIELDS.put(field.name(), field);
  }

  /** Every field the query syntax knows, in the order they were registered. */
  public static synchronized Map<String, QueryField> all() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(FIELDS));
  }

  static synchronized QueryField named(String name) {
    return FIELDS.get(name);
  }
}
