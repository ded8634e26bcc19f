package org.crosscheck;

/**
 * A query, filter, facet count or listing needs the entity fields (people, organisations, places,
 * quotes, numbers, dates), but the index was built without entity extraction, or only some of its
 * articles were. Thrown instead of answering with nothing, which would look like "nobody is named".
 */
public final class EntitiesNotIndexedException extends CrosscheckException {
  /**
   * @param what what needs the entities, as the user asked for it ("the query field 'person:'")
   * @param partly true when some articles have entities and some do not, false when none have
   */
  public EntitiesNotIndexedException(String what, boolean partly) {
    super(partly
        ? what + " needs the entity fields, but only some articles of this index have them (a run that turned entity"
            + " extraction on or off did not finish, or kept articles whose file it could not read again); index the corpus again"
        : what + " needs the entity fields, but this index was built without entity extraction (as with crosscheck index"
            + " --no-entities); index the corpus again with it on, the default");
  }
}
