package org.crosscheck.eval;

import org.crosscheck.internal.Check;

/**
 * One benchmark topic: an id and the query that is run for it.
 *
 * @param id the topic id, as the judgments name it; no white space
 * @param query the query, in crosscheck's search syntax
 */
public record Topic(String id, String query) {
  public Topic {
    id = TrecText.token(id, "id");
    query = Check.notBlank(query, "query").strip();
  }
}
