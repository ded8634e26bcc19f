package org.crosscheck;

/** A query that cannot be run: it does not parse, names an unknown field, or is too large. */
public final class InvalidQueryException extends CrosscheckException {
  private final String query;

  public InvalidQueryException(String query, String problem) {
    super("invalid query " + quote(query) + ": " + problem);
    this.query = query;
  }

  /** The query exactly as the caller gave it. */
  public String query() {
    return query;
  }

  static String quote(String query) {
    String shown = query.length() > 80 ? query.substring(0, 77) + "..." : query;
    return "'" + shown.replace("\n", " ") + "'";
  }
}
