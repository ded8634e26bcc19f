package org.crosscheck.entities;

/** One word, number, quotation mark or punctuation mark of a paragraph, with its offsets. */
final class Token {
  enum Kind { WORD, NUMBER, QUOTE_MARK, PUNCT }

  final int start;
  final int end;
  final String text;
  final String norm;
  final Kind kind;
  final boolean capitalised;
  final boolean hasDigit;
  /** Followed by 's: a name ends here. */
  boolean possessive;
  /** Part of a hyphenated word that was split ("anti-Islamic"); names do not run across the hyphen. */
  boolean hyphenPart;
  boolean sentenceStart;
  int sentence;
  boolean inQuote;
  /** Taken by a name, a date or a number already. */
  boolean claimed;

  /** A token whose text the caller has cut out already; one pass over it finds digits and the normal form. */
  Token(String text, int start, int end, Kind kind) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.kind = kind;
    boolean digit = false;
    boolean plain = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || (c > 0x7f && Character.isDigit(c))) {
        digit = true;
      } else if (c == '.' || c == '’' || c == '‘' || (c >= 'A' && c <= 'Z')
          || (c > 0x7f && (Character.isUpperCase(c) || Character.isWhitespace(c)))) {
        plain = false; // most tokens are plain lower-case words, already in normal form: no copy needed
      }
    }
    this.hasDigit = digit;
    this.norm = plain ? text : Gazetteer.normalize(text);
    this.capitalised = kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isLowerWord() {
    return kind == Kind.WORD && Character.isLowerCase(text.codePointAt(0));
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
