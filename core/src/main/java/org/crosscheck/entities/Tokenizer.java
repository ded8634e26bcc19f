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
 * pass over the text, and looks each word up in the {@link Lexicon}. One instance reads one text;
 * callers use {@link #tokenize(String, Lexicon)}.
 */
final class Tokenizer {
  /**
   * The tokens of a text, with the letters of the text counted.
   *
   * @param tokens the tokens in text order; an array, which the rules index many times per token
   * @param letters how many chars of the text are letters
   * @param capitals how many of those letters are capitals
   * @param digits whether some token has a digit: without one, a text holds no number
   */
  record Tokens(Token[] tokens, int letters, int capitals, boolean digits) {}

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

  // What an ASCII char is, one table read per char of the text, most of which is ASCII: bits of ASCII_CLASS.
  private static final int LETTER = 1;
  private static final int CAPITAL = 2;
  private static final int DIGIT = 4;
  private static final int PERIOD = 8;
  private static final int HYPHEN = 16;
  private static final byte[] ASCII_CLASS = new byte[0x80];
  /** Every ASCII char in lower case, as {@link Gazetteer#normalize} writes it. */
  private static final char[] ASCII_LOWER = new char[0x80];

  /**
   * Every ASCII char as a string, and its normal form, for punctuation tokens: one in ten tokens is
   * punctuation, mostly commas and periods, and needs neither a copy of its char nor normalising.
   */
  private static final String[] ASCII_TEXT = new String[0x80];
  private static final String[] ASCII_NORM = new String[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      int kind = c >= 'a' && c <= 'z' ? LETTER
          : c >= 'A' && c <= 'Z' ? LETTER | CAPITAL
          : c >= '0' && c <= '9' ? DIGIT
          : c == '.' ? PERIOD
          : c == '-' ? HYPHEN
          : 0;
      ASCII_CLASS[c] = (byte) kind;
      ASCII_LOWER[c] = Character.toLowerCase(c);
      ASCII_TEXT[c] = String.valueOf(c);
      ASCII_NORM[c] = Gazetteer.normalize(ASCII_TEXT[c]);
    }
  }

  private final Lexicon lexicon;
  private final String text;
  /** The text's chars, which the scan and the lexicon lookups index directly. */
  private final char[] chars;
  private final List<Token> tokens;
  private int letters;
  private int capitals;
  private boolean digits;

  // What the non-ASCII chars of the word being read are, gathered while its end is looked for: see nonAscii(char).
  private boolean wordNonAscii;
  private boolean wordNonAsciiDigit;
  private boolean wordNonAsciiPlain;

  private Tokenizer(String text, Lexicon lexicon) {
    this.lexicon = lexicon;
    this.text = text;
    this.chars = text.toCharArray();
    this.tokens = new ArrayList<>(text.length() / CHARS_PER_TOKEN + 8);
  }

  static boolean isQuoteMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '″' || c == '‟';
  }

  /** The tokens of {@code text}, each with its word from {@code lexicon}. */
  static Tokens tokenize(String text, Lexicon lexicon) {
    Tokenizer tokenizer = new Tokenizer(text, lexicon);
    tokenizer.read();
    return new Tokens(tokenizer.tokens.toArray(new Token[0]), tokenizer.letters, tokenizer.capitals, tokenizer.digits);
  }

  private void read() {
    int n = chars.length;
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (c < 0x80 && (ASCII_CLASS[c] & (LETTER | DIGIT)) != 0) {
        // A word, the commonest token, told first: no letter or digit is white space, a quotation mark or "(".
        i = word(i);
      } else if (c == ' ' || Character.isWhitespace(c)) {
        i++;
      } else if (isQuoteMark(c)) {
        tokens.add(token(text.substring(i, i + 1), i, i + 1, Token.Kind.QUOTE_MARK));
        i++;
      } else if (c == '(' && text.startsWith("(ret.)", i)) {
        tokens.add(token("(ret.)", i, i + 6, Token.Kind.WORD));
        letters += 3;
        i += 6;
      } else if (isLetterOrDigit(c)) {
        i = word(i);
      } else if (c < 0x80) {
        String norm = ASCII_NORM[c];
        tokens.add(new Token(ASCII_TEXT[c], norm, norm.hashCode(), lexicon.word(norm), i, i + 1, Token.Kind.PUNCT, false));
        i++;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
        tokens.add(token(text.substring(i, end), i, end, Token.Kind.PUNCT));
        i = end;
      }
    }
  }

  /**
   * Reads the word that starts at {@code start}, adds its token and returns where it ends. On the
   * way it gathers what the token needs to know of the word's chars (digits, whether it is its own
   * normal form, hyphens, the hash of its normal form) and counts letters and capitals, so that no
   * second pass over the word is needed; all in locals, which the compiler keeps in registers.
   */
  private int word(int start) {
    wordNonAscii = false;
    wordNonAsciiDigit = false;
    wordNonAsciiPlain = true;
    int ascii = 0;
    int hash = 0;
    int wordLetters = 0;
    int wordCapitals = 0;
    int n = chars.length;
    int j = start;
    int segmentStart = start;
    while (j < n) {
      char d = chars[j];
      if (d < 0x80) {
        int kind = ASCII_CLASS[d];
        if ((kind & (LETTER | DIGIT)) != 0) {
          ascii |= kind;
          wordLetters += kind & LETTER;
          wordCapitals += (kind & CAPITAL) >> 1;
          hash = 31 * hash + ASCII_LOWER[d];
          j++;
          continue;
        }
      } else if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
        nonAscii(d);
        hash = 31 * hash + d;
        j++;
        continue;
      }
      // Only a period, comma, apostrophe, hyphen or ampersand between letters or digits joins a word;
      // anything else (mostly a space) ends it, and is told first.
      if (d != '.' && d != ',' && d != '\'' && d != '’' && d != '-' && d != '&') {
        break;
      }
      boolean nextIsAlnum = j + 1 < n && isLetterOrDigit(chars[j + 1]);
      if (!nextIsAlnum) {
        break;
      }
      if (d == '.') {
        boolean decimal = Character.isDigit(chars[j - 1]) && Character.isDigit(chars[j + 1]);
        boolean acronym = j - segmentStart == 1 && Character.isUpperCase(chars[j - 1]);
        if (!decimal && !acronym) {
          break;
        }
        segmentStart = j + 1;
      } else if (d == ',') {
        boolean thousands = Character.isDigit(chars[j - 1]) && digits(j + 1, 3)
            && (j + 4 >= n || !Character.isDigit(chars[j + 4]));
        if (!thousands) {
          break;
        }
      } else if (d == '\'' || d == '’') {
        boolean possessive = (chars[j + 1] == 's' || chars[j + 1] == 'S')
            && (j + 2 >= n || !Character.isLetterOrDigit(chars[j + 2]));
        if (possessive) {
          break;
        }
      }
      // A joining mark inside the word: no letter, and no capital to lower.
      if (d < 0x80) {
        ascii |= ASCII_CLASS[d];
      } else {
        nonAscii(d);
      }
      hash = 31 * hash + d;
      j++;
    }
    if (j < n && chars[j] == '.') {
      int dot = text.indexOf('.', start);
      boolean acronym = dot < j;
      boolean initial = j - start == 1 && Character.isUpperCase(chars[start]);
      if (acronym || initial
          || (j - start <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(EntityKeys.lower(text.substring(start, j))))) {
        ascii |= PERIOD;
        hash = 31 * hash + '.';
        j++;
      }
    }
    letters += wordLetters;
    capitals += wordCapitals;
    char first = chars[start];
    addWord(start, j, ascii, hash, wordCapitals == 1 && first >= 'A' && first <= 'Z');
    if (j + 1 < n && (chars[j] == '\'' || chars[j] == '’')
        && (chars[j + 1] == 's' || chars[j + 1] == 'S')
        && (j + 2 >= n || !Character.isLetterOrDigit(chars[j + 2]))) {
      tokens.getLast().possessive = true;
      letters++;
      if (chars[j + 1] == 'S') {
        capitals++;
      }
      return j + 2;
    }
    return j;
  }

  /** Adds a non-ASCII char of the word being read to what its token needs to know, and to the letter counts. */
  private void nonAscii(char c) {
    // The same answers as Token.isDigit, Token.isPlain and the shouting check's Character methods.
    wordNonAscii = true;
    if (Token.isDigit(c)) {
      wordNonAsciiDigit = true;
    } else if (!Token.isPlain(c)) {
      wordNonAsciiPlain = false;
    }
    if (Character.isLetter(c)) {
      letters++;
      if (Character.isUpperCase(c)) {
        capitals++;
      }
    }
  }

  /** {@link Character#isLetterOrDigit(char)}, answered from the class table for ASCII. */
  private static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return (ASCII_CLASS[c] & (LETTER | DIGIT)) != 0;
    }
    return Character.isLetterOrDigit(c);
  }

  private boolean digits(int from, int count) {
    if (from + count > chars.length) {
      return false;
    }
    for (int k = from; k < from + count; k++) {
      if (!Character.isDigit(chars[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds a word, split at its hyphens when a name is joined to a lower-case word or a single letter.
   *
   * @param ascii the {@link #ASCII_CLASS} bits of the word's ASCII chars, or-ed together
   * @param hash the {@link String#hashCode()} of the word's chars with ASCII capitals made lower case
   * @param titleCase whether the word's one ASCII capital is its first char ("The", "Minister")
   */
  private void addWord(int start, int end, int ascii, int hash, boolean titleCase) {
    boolean digit = (ascii & DIGIT) != 0 || wordNonAsciiDigit;
    boolean plain = (ascii & (CAPITAL | PERIOD)) == 0 && wordNonAsciiPlain;
    boolean hyphen = (ascii & HYPHEN) != 0;
    boolean asciiWithoutPeriod = !wordNonAscii && (ascii & PERIOD) == 0;
    if (!digit && hyphen && splitAtHyphens(start, end)) {
      return;
    }
    String w;
    String norm;
    int normHash = hash;
    Lexicon.Word word;
    if (plain || asciiWithoutPeriod) {
      // The normal form is the chars with ASCII capitals lowered: the lexicon is asked without a string
      // made, and a word it knows in lower case ("the", "said": four tokens in ten) or with a capital
      // in front ("The", "But": one in ten) takes the lexicon's strings.
      word = lexicon.word(chars, start, end, hash);
      if (plain) {
        w = word != Lexicon.UNKNOWN ? word.norm : text.substring(start, end);
        norm = w;
      } else if (word != Lexicon.UNKNOWN) {
        w = titleCase ? word.titleCase : text.substring(start, end);
        norm = word.norm;
      } else {
        w = text.substring(start, end);
        norm = w.toLowerCase(Locale.ROOT);
      }
    } else {
      w = text.substring(start, end);
      norm = Gazetteer.normalize(w);
      normHash = norm.hashCode();
      word = lexicon.word(norm);
    }
    Token.Kind kind = digit && isNumber(w) ? Token.Kind.NUMBER : Token.Kind.WORD;
    tokens.add(new Token(w, norm, normHash, word, start, end, kind, digit));
    digits |= digit;
  }

  /**
   * Adds the parts of a hyphenated word as tokens of their own when a name is joined to something
   * else ("anti-Islamic", "US-led"); returns false, adding nothing, when the word stays whole
   * ("CJTF-OIR", "long-term").
   */
  private boolean splitAtHyphens(int start, int end) {
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
      return false;
    }
    for (int from = start; ; ) {
      int to = hyphenOrEnd(from, end);
      if (to > from) {
        Token token = token(text.substring(from, to), from, to, Token.Kind.WORD);
        token.hyphenPart = true;
        tokens.add(token);
      }
      if (to == end) {
        return true;
      }
      from = to + 1;
    }
  }

  /** A token whose text is not yet scanned: quotation marks, rare punctuation, parts of hyphenated words. */
  private Token token(String text, int start, int end, Token.Kind kind) {
    String norm = Token.isPlain(text) ? text : Gazetteer.normalize(text);
    boolean digit = Token.hasDigit(text);
    digits |= digit;
    return new Token(text, norm, norm.hashCode(), lexicon.word(norm), start, end, kind, digit);
  }

  private int hyphenOrEnd(int from, int end) {
    int k = from;
    while (k < end && chars[k] != '-') {
      k++;
    }
    return k;
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
