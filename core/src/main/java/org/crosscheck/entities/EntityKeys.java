package org.crosscheck.entities;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Canonical keys: one string per entity whatever the outlet's spelling, computed from the name alone
 * so that keys never depend on the order articles are indexed in. Keys are lower case, accents and
 * punctuation folded away ("Kata’ib" is {@code kataib}); people are keyed by first and last name
 * with middle names, initials and generational suffixes left out ("William H Seely III" is {@code
 * wiliam sely}), and doubled letters are collapsed so transliteration variants meet ("Qassem" and
 * "Qasem" are both {@code qasem}). Keys are for matching; display names come from the text.
 * Stateless and thread-safe.
 */
public final class EntityKeys {
  private EntityKeys() {}

  private static final List<String> SUFFIXES = List.of("jr", "sr", "ii", "iii", "iv", "v");

  /** Lower case, accents removed, apostrophes dropped, anything else that is not a letter or digit made a space. */
  public static String fold(String text) {
    String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
    char[] out = new char[decomposed.length()];
    int length = 0;
    boolean space = true;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (c < 0x80) {
        // ASCII, nearly every name: the same answers as the Character methods below.
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          out[length++] = c;
          space = false;
          continue;
        }
        if (c >= 'A' && c <= 'Z') {
          out[length++] = (char) (c + ('a' - 'A'));
          space = false;
          continue;
        }
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == '\'' || c == '’' || c == '‘' || c == '.') {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        out[length++] = Character.toLowerCase(c);
        space = false;
      } else if (!space) {
        out[length++] = ' ';
        space = true;
      }
    }
    while (length > 0 && out[length - 1] == ' ') {
      length--;
    }
    return new String(out, 0, length);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The key of an organisation, place or date name: its folded form without a leading "the". */
  public static String nameKey(String name) {
    String folded = fold(name);
    return folded.startsWith("the ") ? folded.substring(4) : folded;
  }

  /** The key of a person: folded first and last name, doubled letters collapsed. */
  public static String personKey(String name) {
    // The folded name's words are separated by single spaces, with none at either end.
    String folded = fold(name);
    int end = folded.length();
    int lastSpace = folded.lastIndexOf(' ');
    while (lastSpace >= 0 && isSuffix(folded, lastSpace + 1, end)) {
      end = lastSpace;
      lastSpace = folded.lastIndexOf(' ', end - 1);
    }
    StringBuilder key = new StringBuilder(end);
    if (lastSpace < 0) {
      appendCollapsed(key, folded, 0, end);
      return key.toString();
    }
    // First and last name; middle names and initials are left out, and so is a last name of one letter.
    int firstEnd = folded.indexOf(' ');
    appendCollapsed(key, folded, 0, firstEnd);
    if (end - (lastSpace + 1) > 1) {
      key.append(' ');
      appendCollapsed(key, folded, lastSpace + 1, end);
    }
    return key.toString();
  }

  private static boolean isSuffix(String text, int from, int to) {
    for (String suffix : SUFFIXES) {
      if (suffix.length() == to - from && text.startsWith(suffix, from)) {
        return true;
      }
    }
    return false;
  }

  /** The key of a name of the given type. */
  public static String key(EntityType type, String name) {
    return type == EntityType.PERSON ? personKey(name) : nameKey(name);
  }

  /** The last word of a person key (the surname), for resolving surname-only mentions. */
  public static String surnameOf(String personKey) {
    int space = personKey.lastIndexOf(' ');
    return space < 0 ? personKey : personKey.substring(space + 1);
  }

  /** "Qassem" and "Qasem", "Milley" and "Miley": doubled letters are spelling noise between outlets. */
  static String collapseDoubles(String word) {
    StringBuilder out = new StringBuilder(word.length());
    appendCollapsed(out, word, 0, word.length());
    return out.toString();
  }

  /** Appends {@code text[from, to)} with its doubled letters collapsed. */
  private static void appendCollapsed(StringBuilder out, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (i == from || c != text.charAt(i - 1)) {
        out.append(c);
      }
    }
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
