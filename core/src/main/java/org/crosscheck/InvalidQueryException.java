package org.crosscheck;

/** A query that cannot be run: it does not parse, names an unknown field, or is too large. */
public final class InvalidQueryException extends CrosscheckException {
  private final String query;

  public InvalidQueryException(String query, String problem) {
    super(oneLine("invalid query " + quote(query) + ": " + problem));
    this.query = query;
  }

  /** The query exactly as the caller gave it. */
  public String query() {
    return query;
  }

  static String quote(String query) {
    int cut = 77;
    if (query.length() > 80 && Character.isHighSurrogate(query.charAt(cut - 1))) {
      cut--; // never half a character
    }
    String shown = query.length() > 80 ? query.substring(0, cut) + "..." : query;
    return "'" + shown + "'";
  }

  /**
   * The message on one line whatever the query holds: line breaks (\r, \n, U+0085, U+2028, U+2029)
   * and other control characters become spaces, here and where the parser's own message repeats the query.
   */
  static String oneLine(String message) {
    StringBuilder out = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
    }
    return out.toString();
  }
}
