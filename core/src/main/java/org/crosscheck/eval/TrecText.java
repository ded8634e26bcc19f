package org.crosscheck.eval;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/** The lexical rules TREC files share: ids are single tokens, compared as trec_eval's strcmp does. */
final class TrecText {
  /** Byte order of the UTF-8 encoding, as C's strcmp orders docids in trec_eval. */
  static final Comparator<String> STRCMP = (a, b) ->
      Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  private TrecText() {}

  /** An id that fits in one white-space separated column. */
  static String token(String value, String parameter) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the parameter '" + parameter + "' must not be blank");
    }
    String stripped = value.strip();
    if (stripped.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("the parameter '" + parameter + "' must not contain white space, got '" + stripped + "'");
    }
    return stripped;
  }
}
