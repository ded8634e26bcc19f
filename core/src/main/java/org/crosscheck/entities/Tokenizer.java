package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits paragraph text into the tokens entity rules work on. Keeps "U.S." and "Brig." whole (with
 * their period), "5,000" and "1.5" as one number, splits a possessive 's off the name and splits
 * hyphenated words where a name is joined to something else ("anti-Islamic", "US-led") but keeps
 * names and model numbers that contain a hyphen ("CJTF-OIR", "CH-47"). Stateless.
 */
final class Tokenizer {
  private Tokenizer() {}

  /** Abbreviations whose period belongs to the word. */
  private static final Set<String> ABBREVIATIONS = new java.util.HashSet<>(java.util.List.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "brig", "lt", "col", "maj", "sgt", "capt", "cpl", "pvt", "spc", "adm",
      "cmdr", "cdr", "rep", "sen", "gov", "pres", "rev", "hon", "st", "mt", "ft", "jr", "sr", "ret", "gens", "insp",
      "supt", "det", "amb", "inc", "corp", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "no", "vs", "etc"));

  static boolean isQuoteMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '″' || c == '‟';
  }

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (isQuoteMark(c)) {
        tokens.add(new Token(text.substring(i, i + 1), i, i + 1, Token.Kind.QUOTE_MARK));
        i++;
      } else if (c == '(' && text.startsWith("(ret.)", i)) {
        tokens.add(new Token("(ret.)", i, i + 6, Token.Kind.WORD));
        i += 6;
      } else if (isLetterOrDigit(c)) {
        i = word(text, i, tokens);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
        tokens.add(new Token(text.substring(i, end), i, end, Token.Kind.PUNCT));
        i = end;
      }
    }
    return tokens;
  }

  private static int word(String text, int start, List<Token> tokens) {
    int n = text.length();
    int j = start + 1;
    int segmentStart = start;
    while (j < n) {
      char d = text.charAt(j);
      if (isLetterOrDigit(d) || (d >= 0x80 && Character.getType(d) == Character.NON_SPACING_MARK)) {
        j++;
        continue;
      }
      boolean nextIsAlnum = j + 1 < n && isLetterOrDigit(text.charAt(j + 1));
      if (!nextIsAlnum) {
        break;
      }
      if (d == '.') {
        boolean decimal = Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1));
        boolean acronym = j - segmentStart == 1 && Character.isUpperCase(text.charAt(j - 1));
        if (!decimal && !acronym) {
          break;
        }
        segmentStart = j + 1;
      } else if (d == ',') {
        boolean thousands = Character.isDigit(text.charAt(j - 1)) && digits(text, j + 1, 3)
            && (j + 4 >= n || !Character.isDigit(text.charAt(j + 4)));
        if (!thousands) {
          break;
        }
      } else if (d == '\'' || d == '’') {
        boolean possessive = (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
            && (j + 2 >= n || !Character.isLetterOrDigit(text.charAt(j + 2)));
        if (possessive) {
          break;
        }
      } else if (d != '-' && d != '&') {
        break;
      }
      j++;
    }
    if (j < n && text.charAt(j) == '.') {
      String w = text.substring(start, j);
      boolean acronym = w.indexOf('.') > 0;
      boolean initial = w.length() == 1 && Character.isUpperCase(w.charAt(0));
      if (acronym || initial || ABBREVIATIONS.contains(EntityKeys.lower(w))) {
        j++;
      }
    }
    addWord(text, start, j, tokens);
    if (j + 1 < n && (text.charAt(j) == '\'' || text.charAt(j) == '’')
        && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
        && (j + 2 >= n || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
      tokens.getLast().possessive = true;
      return j + 2;
    }
    return j;
  }

  /** {@link Character#isLetterOrDigit(char)}, answered without a table lookup for ASCII, most of the text. */
  private static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean digits(String text, int from, int count) {
    if (from + count > text.length()) {
      return false;
    }
    for (int k = from; k < from + count; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Adds a word, split at its hyphens when a name is joined to a lower-case word or a single letter. */
  private static void addWord(String text, int start, int end, List<Token> tokens) {
    String w = text.substring(start, end);
    // One pass for what the token needs to know of its chars.
    boolean digit = false;
    boolean plain = true;
    boolean hyphen = false;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Token.isDigit(c)) {
        digit = true;
      } else if (!Token.isPlain(c)) {
        plain = false;
      } else if (c == '-') {
        hyphen = true;
      }
    }
    if (digit || !hyphen) {
      tokens.add(new Token(w, start, end, digit && isNumber(w) ? Token.Kind.NUMBER : Token.Kind.WORD, digit, plain));
      return;
    }
    String[] parts = w.split("-", -1);
    boolean someCapital = false;
    boolean allNames = true;
    for (String part : parts) {
      if (part.isEmpty()) {
        allNames = false;
        continue;
      }
      boolean capital = Character.isUpperCase(part.codePointAt(0));
      someCapital |= capital;
      allNames &= capital && part.length() >= 2;
    }
    if (!someCapital || allNames) {
      tokens.add(new Token(w, start, end, Token.Kind.WORD));
      return;
    }
    int at = start;
    for (String part : parts) {
      if (!part.isEmpty()) {
        Token token = new Token(part, at, at + part.length(), Token.Kind.WORD);
        token.hyphenPart = true;
        tokens.add(token);
      }
      at += part.length() + 1;
    }
  }

  static boolean isNumber(String w) {
    int digits = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isDigit(c)) {
        digits++;
      } else if (c != ',' && c != '.') {
        return false;
      }
    }
    return digits > 0;
  }
}
