package org.crosscheck.entities;

/** One word, number, quotation mark or punctuation mark of a paragraph, with its offsets. */
final class Token {
  enum Kind { WORD, NUMBER, QUOTE_MARK, PUNCT }

  final int start;
  final int end;
  final String text;
  final String norm;
  /** {@code norm.hashCode()}, worked out on the tokenizer's pass over the word; the sentence-opener check reads it instead of the string. */
  final int normHash;
  final Kind kind;
  final boolean capitalised;
  /** A word that starts with a lower-case letter; asked of most tokens many times, so answered once here. */
  private final boolean lowerWord;
  final boolean hasDigit;
  /** What the rules know of {@link #norm}, looked up once when the token is made, so no rule hashes the text again. */
  final Lexicon.Word word;
  /** Followed by 's: a name ends here. */
  boolean possessive;
  /** Part of a hyphenated word that was split ("anti-Islamic"); names do not run across the hyphen. */
  boolean hyphenPart;
  boolean sentenceStart;
  int sentence;
  boolean inQuote;
  /** Taken by a name, a date or a number already. */
  boolean claimed;

  /**
   * A token whose text the caller has scanned already.
   *
   * @param norm the text's {@linkplain Gazetteer#normalize normal form}
   * @param normHash {@code norm.hashCode()}
   * @param word the lexicon's word for {@code norm}
   * @param hasDigit whether some char is a {@linkplain #isDigit(char) digit}
   */
  Token(String text, String norm, int normHash, Lexicon.Word word, int start, int end, Kind kind, boolean hasDigit) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.norm = norm;
    this.normHash = normHash;
    this.word = word;
    this.kind = kind;
    this.hasDigit = hasDigit;
    if (kind != Kind.WORD) {
      this.capitalised = false;
      this.lowerWord = false;
    } else if (text.charAt(0) < 0x80) {
      // ASCII, most words: the same answers as the Character methods below.
      char first = text.charAt(0);
      this.capitalised = first >= 'A' && first <= 'Z';
      this.lowerWord = first >= 'a' && first <= 'z';
    } else {
      int first = text.codePointAt(0);
      this.capitalised = Character.isUpperCase(first);
      this.lowerWord = Character.isLowerCase(first);
    }
  }

  /** {@link Character#isDigit(char)}, without the table lookup for ASCII. */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || (c > 0x7f && Character.isDigit(c));
  }

  /** A char {@link Gazetteer#normalize} keeps as it is: neither a period, a typographic apostrophe, a capital nor a space. */
  static boolean isPlain(char c) {
    return !(c == '.' || c == '’' || c == '‘' || (c >= 'A' && c <= 'Z')
        || (c > 0x7f && (Character.isUpperCase(c) || Character.isWhitespace(c))));
  }

  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isPlain(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isLowerWord() {
    return lowerWord;
  }

  /** Every letter a capital and at least two letters: an acronym ("CIA", "U.S.", "CJTF-OIR"). */
  boolean isAcronym() {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  @Override
  public String toString() {
    return text;
  }
}
