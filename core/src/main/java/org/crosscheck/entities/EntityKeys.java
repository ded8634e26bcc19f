package org.crosscheck.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v");

  /** Lower case, accents removed, apostrophes dropped, anything else that is not a letter or digit made a space. */
  public static String fold(String text) {
    String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = true;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == '\'' || c == '’' || c == '‘' || c == '.') {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    return out.toString();
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
    List<String> parts = new ArrayList<>(List.of(fold(name).split(" ")));
    parts.removeIf(String::isEmpty);
    while (parts.size() > 1 && SUFFIXES.contains(parts.getLast())) {
      parts.removeLast();
    }
    if (parts.size() > 2) {
      List<String> kept = new ArrayList<>();
      kept.add(parts.getFirst());
      kept.add(parts.getLast());
      parts = kept;
    }
    if (parts.size() == 2 && parts.get(1).length() == 1) {
      parts = List.of(parts.getFirst());
    }
    List<String> collapsed = new ArrayList<>(parts.size());
    for (String part : parts) {
      collapsed.add(collapseDoubles(part));
    }
    return String.join(" ", collapsed);
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
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (i == 0 || c != word.charAt(i - 1)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
