package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits paragraph text into the tokens entity rules work on. Keeps "U.S." and "Brig." whole (with
 * their period), "5,000" and "1.5" as one number, splits a possessive 's off the name and splits
 * hyphenated words where a name is joined to something else ("anti-Islamic", "US-led") but keeps
 * names and model numbers that contain a hyphen ("CJTF-OIR", "CH-47"). While it reads the words it
 * counts their letters and capitals, so that telling a paragraph written in capitals takes no second
 * pass over the text. One instance reads one text; callers use {@link #tokenize(String)}.
 */
final class Tokenizer {
  /**
   * The tokens of a text, with the letters of the text counted.
   *
   * @param tokens the tokens in text order
   * @param letters how many chars of the text are letters
   * @param capitals how many of those letters are capitals
   */
  record Tokens(List<Token> tokens, int letters, int capitals) {}

  /** Abbreviations whose period belongs to the word. */
  private static final Set<String> ABBREVIATIONS = new java.util.HashSet<>(java.util.List.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "brig", "lt", "col", "maj", "sgt", "capt", "cpl", "pvt", "spc", "adm",
      "cmdr", "cdr", "rep", "sen", "gov", "pres", "rev", "hon", "st", "mt", "ft", "jr", "sr", "ret", "gens", "insp",
      "supt", "det", "amb", "inc", "corp", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "no", "vs", "etc"));

  /**
   * The length of the longest abbreviation. Every sentence ends in a word and a period; a word longer
   * than this is no abbreviation (lower-casing never shortens a word), so it needs no lookup.
   */
  private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElseThrow();

  /** Tokens per char of news copy is about one in five; lists sized from that seldom grow. */
  private static final int CHARS_PER_TOKEN = 5;

  private final String text;
  private final List<Token> tokens;
  private int letters;
  private int capitals;

  private Tokenizer(String text) {
    this.text = text;
    this.tokens = new ArrayList<>(text.length() / CHARS_PER_TOKEN + 8);
  }

  static boolean isQuoteMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '″' || c == '‟';
  }

  static Tokens tokenize(String text) {
    Tokenizer tokenizer = new Tokenizer(text);
    tokenizer.read();
    return new Tokens(tokenizer.tokens, tokenizer.letters, tokenizer.capitals);
  }

  private void read() {
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
        letters += 3;
        i += 6;
      } else if (isLetterOrDigit(c)) {
        i = word(i);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
        tokens.add(new Token(text.substring(i, end), i, end, Token.Kind.PUNCT));
        i = end;
      }
    }
  }

  private int word(int start) {
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
        boolean thousands = Character.isDigit(text.charAt(j - 1)) && digits(j + 1, 3)
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
      int dot = text.indexOf('.', start);
      boolean acronym = dot < j;
      boolean initial = j - start == 1 && Character.isUpperCase(text.charAt(start));
      if (acronym || initial
          || (j - start <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(EntityKeys.lower(text.substring(start, j))))) {
        j++;
      }
    }
    addWord(start, j);
    if (j + 1 < n && (text.charAt(j) == '\'' || text.charAt(j) == '’')
        && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
        && (j + 2 >= n || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
      tokens.getLast().possessive = true;
      letters++;
      if (text.charAt(j + 1) == 'S') {
        capitals++;
      }
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

  private boolean digits(int from, int count) {
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
  private void addWord(int start, int end) {
    // One pass for all the token needs to know of its chars, and for the letter counts.
    boolean digit = false;
    boolean plain = true;
    boolean hyphen = false;
    boolean asciiWithoutPeriod = true;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c < 0x80) {
        // ASCII, most of the text: the same answers as Token.isDigit, Token.isPlain and the Character methods.
        if (c >= 'a' && c <= 'z') {
          letters++;
        } else if (c >= 'A' && c <= 'Z') {
          letters++;
          capitals++;
          plain = false;
        } else if (c >= '0' && c <= '9') {
          digit = true;
        } else if (c == '.') {
          plain = false;
          asciiWithoutPeriod = false;
        } else if (c == '-') {
          hyphen = true;
        }
      } else {
        asciiWithoutPeriod = false;
        if (Token.isDigit(c)) {
          digit = true;
        } else if (!Token.isPlain(c)) {
          plain = false;
        }
        if (Character.isLetter(c)) {
          letters++;
          if (Character.isUpperCase(c)) {
            capitals++;
          }
        }
      }
    }
    String w = text.substring(start, end);
    if (digit || !hyphen) {
      Token.Kind kind = digit && isNumber(w) ? Token.Kind.NUMBER : Token.Kind.WORD;
      tokens.add(new Token(w, norm(w, plain, asciiWithoutPeriod), start, end, kind, digit));
      return;
    }
    // The parts between hyphens, as String.split("-", -1) would give them, read in place.
    boolean someCapital = false;
    boolean allNames = true;
    for (int from = start; ; ) {
      int to = hyphenOrEnd(from, end);
      if (to == from) {
        allNames = false;
      } else {
        boolean capital = Character.isUpperCase(text.codePointAt(from));
        someCapital |= capital;
        allNames &= capital && to - from >= 2;
      }
      if (to == end) {
        break;
      }
      from = to + 1;
    }
    if (!someCapital || allNames) {
      tokens.add(new Token(w, norm(w, plain, asciiWithoutPeriod), start, end, Token.Kind.WORD, false));
      return;
    }
    for (int from = start; ; ) {
      int to = hyphenOrEnd(from, end);
      if (to > from) {
        Token token = new Token(text.substring(from, to), from, to, Token.Kind.WORD);
        token.hyphenPart = true;
        tokens.add(token);
      }
      if (to == end) {
        break;
      }
      from = to + 1;
    }
  }

  private int hyphenOrEnd(int from, int end) {
    int k = from;
    while (k < end && text.charAt(k) != '-') {
      k++;
    }
    return k;
  }

  /**
   * The {@linkplain Gazetteer#normalize normal form} of a word. Most words are plain lower case and
   * their own normal form; a capitalised ASCII word without periods only needs lower-casing, which
   * {@link String#toLowerCase} does faster than the general rule.
   */
  private static String norm(String word, boolean plain, boolean asciiWithoutPeriod) {
    if (plain) {
      return word;
    }
    return asciiWithoutPeriod ? word.toLowerCase(Locale.ROOT) : Gazetteer.normalize(word);
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
