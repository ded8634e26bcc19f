package org.crosscheck.entities;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.crosscheck.index.Schema;

/**
 * Turns a name as a user types it into a query on an entity name field, so that {@code
 * person:Esper}, {@code person:"Mark Esper"} and {@code person:"Qasem Soleimani"} find the canonical
 * entity whatever the spelling in the text: the name is folded the way keys are ({@link EntityKeys}),
 * aliases resolve through the gazetteer ({@code place:US} is the United States, {@code org:ISIS} the
 * Islamic State) and the words must stand in order within one entity. Stateless and thread-safe.
 */
public final class EntityQueries {
  private EntityQueries() {}

  /** The entity type whose names an index name field holds. */
  public static EntityType typeOf(String nameField) {
    return switch (nameField) {
      case Schema.PERSON_NAME, Schema.SPEAKER_NAME -> EntityType.PERSON;
      case Schema.ORG_NAME -> EntityType.ORGANIZATION;
      case Schema.PLACE_NAME -> EntityType.LOCATION;
      default -> throw new IllegalArgumentException("'" + nameField + "' is no entity name field");
    };
  }

  /** The folded words a typed name stands for in the index, in order; empty when it has none. */
  public static List<String> words(EntityType type, String typed) {
    String key;
    if (type == EntityType.PERSON) {
      Gazetteer.Entry known = Gazetteer.shared().lookup(Gazetteer.normalize(typed));
      key = EntityKeys.personKey(known != null && known.type() == EntityType.PERSON ? known.canonical() : typed);
    } else {
      Gazetteer.Entry known = Gazetteer.shared().lookup(Gazetteer.normalize(typed.strip()));
      key = EntityKeys.nameKey(known != null && known.type() == type ? known.canonical() : typed);
    }
    return key.isEmpty() ? List.of() : List.of(key.split(" "));
  }

  /** A query matching paragraphs that name this entity; null when the name folds to nothing. */
  public static Query name(String nameField, String typed) {
    List<String> words = words(typeOf(nameField), typed);
    if (words.isEmpty()) {
      return null;
    }
    if (words.size() == 1) {
      return new TermQuery(new Term(nameField, words.getFirst()));
    }
    return new PhraseQuery(nameField, words.toArray(String[]::new));
  }

  /** The form a single word of a wildcard or prefix query takes in a name field: folded around its {@code *} and {@code ?}. */
  public static String foldWord(EntityType type, String word) {
    StringBuilder out = new StringBuilder();
    StringBuilder segment = new StringBuilder();
    for (int i = 0; i <= word.length(); i++) {
      char c = i < word.length() ? word.charAt(i) : '*';
      if (c == '*' || c == '?') {
        String folded = EntityKeys.fold(segment.toString()).replace(" ", "");
        out.append(type == EntityType.PERSON ? EntityKeys.collapseDoubles(folded) : folded);
        if (i < word.length()) {
          out.append(c);
        }
        segment.setLength(0);
      } else {
        segment.append(c);
      }
    }
    return out.toString();
  }
}
