package org.crosscheck.index;

/**
 * The exact words of a text, as {@link TextAnalyzers#exact()} gives them, worked out in two passes
 * over its chars instead of through Lucene's analysis chain, which took about 6% of indexing's CPU;
 * on the seed articles it gives the words about three times as fast. Only for the texts most
 * paragraphs are: ASCII, with typographic quotes and a few other marks that never take part in a
 * word. On any other text {@link #split} declines, and the caller analyses it with Lucene. The
 * first pass folds the chars and looks for anything that would make it decline, so that no word
 * has been given when it does; the second finds the words.
 *
 * <p>For those texts the chain is simple. The quotes fold one char for one, so offsets stay those
 * of the text. Lucene's {@code StandardTokenizer} then applies the word-break rules of Unicode's
 * UAX#29 as its grammar ({@code StandardTokenizerImpl.jflex}) matches them, longest match first. In
 * ASCII that means: a word is letters and digits, any of them next to each other (WB5, WB8 to WB10);
 * two letters may also be joined by one of {@code : . '} between them (WB6, WB7), and two digits by
 * one of {@code , ; . '} (WB11, WB12); a run of {@code _} joins any two and belongs to the word when
 * it leads or trails one (WB13a, WB13b), but alone makes no word; every other char, line breaks
 * included, ends a word and makes none itself ({@code "} joins only Hebrew letters, {@code #} and
 * {@code *} only keycap emoji). Lower-casing and accent folding change nothing but A to Z there.
 *
 * <p>Usage: {@code if (!FastExactWords.split(text, sink)) { ... analyse text with Lucene ... }}.
 *
 * <p>Safe to call from any number of threads at once: a call keeps its state in its own array.
 */
final class FastExactWords {
  private FastExactWords() {}

  /** Receives the words of a text, in order. */
  interface Sink {
    /**
     * chars[start, start+length) is the word's term (lower-cased); startOffset/endOffset index the
     * original text.
     */
    void word(char[] chars, int start, int length, int startOffset, int endOffset);
  }

  /**
   * The longest run of chars that could be part of a word (letters, digits, joiners, mid chars) that
   * a text may hold. Lucene's tokenizer looks at most this many chars ahead, its buffer being as long
   * as its default maximum word: it cuts a longer word into pieces, and can find a word inside a
   * longer run of joiners. Within a shorter run it reads what the rules say.
   */
  private static final int MAX_RUN = 255;

  /*
   * How the tokenizer sees each ASCII char, as bits: the word-break property classes (Unicode 9, the
   * version Lucene's grammar is built on). A mid char's bit for letters is LETTER << 3 and for digits
   * DIGIT << 3, so that a word ending in a char of class c goes on over a mid char m when
   * (m & c << 3) != 0.
   */
  /** ALetter: A to Z, a to z. */
  private static final byte LETTER = 1;
  /** Numeric: 0 to 9. */
  private static final byte DIGIT = 2;
  /** Either of the above: chars a word is made of. */
  private static final byte LETTER_OR_DIGIT = LETTER | DIGIT;
  /** ExtendNumLet: '_'. */
  private static final byte JOINER = 4;
  /** MidLetter (':'), and MidNumLet and Single_Quote ('.', '\''), between letters. */
  private static final byte BETWEEN_LETTERS = LETTER << 3;
  /** MidNum (',', ';'), and MidNumLet and Single_Quote ('.', '\''), between digits. */
  private static final byte BETWEEN_DIGITS = DIGIT << 3;

  /** The class bits of each ASCII char; 0 for a char that is never part of a word. */
  private static final byte[] CLASSES = new byte[128];

  /**
   * Each ASCII char lower-cased, as the words hold it, in the low 16 bits; the sign bit is set if it
   * may be part of a word (has class bits), so that {@code folded >> 31} is all ones for such a
   * char and 0 for any other.
   */
  private static final int[] FOLDED = new int[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      CLASSES[c] = LETTER;
      CLASSES[Character.toUpperCase(c)] = LETTER;
    }
    for (char c = '0'; c <= '9'; c++) {
      CLASSES[c] = DIGIT;
    }
    CLASSES['_'] = JOINER;
    CLASSES[':'] = BETWEEN_LETTERS;
    CLASSES[','] = BETWEEN_DIGITS;
    CLASSES[';'] = BETWEEN_DIGITS;
    CLASSES['.'] = BETWEEN_LETTERS | BETWEEN_DIGITS;
    CLASSES['\''] = BETWEEN_LETTERS | BETWEEN_DIGITS;
    for (char c = 0; c < 128; c++) {
      FOLDED[c] = Character.toLowerCase(c) | (CLASSES[c] != 0 ? Integer.MIN_VALUE : 0);
    }
  }

  /** What {@link #plain} returns for a char this class does not handle. */
  private static final char DECLINED = '\uFFFF';

  /**
   * Splits text as TextAnalyzers.exact() does and returns true, every word with position increment 1
   * and the stream's final offset text.length(); or returns false, without having called the sink,
   * when the text holds something this path does not handle.
   */
  static boolean split(String text, Sink sink) {
    int length = text.length();
    // One char more, a space, which ends the last word, so no loop below checks for the text's end.
    char[] chars = new char[length + 1];
    text.getChars(0, length, chars, 0);
    chars[length] = ' ';
    if (!foldAndCheck(chars, length)) {
      return false;
    }
    int i = 0;
    while (i < length) {
      int type = CLASSES[chars[i]];
      int start = i;
      if (type == JOINER) {
        do {
          i++;
        } while (CLASSES[chars[i]] == JOINER);
        type = CLASSES[chars[i]]; // joiners start a word only if a letter or digit follows them
      }
      if ((type & LETTER_OR_DIGIT) != 0) {
        int end = wordEnd(chars, i);
        sink.word(chars, start, end - start, start, end);
        i = end; // the char that ended the word starts none either, so the i++ below steps over it
      }
      i++;
    }
    return true;
  }

  /**
   * Folds the text's chars in place into what the word rules read and the words hold: letters
   * lower-cased, typographic quotes plain, and the other non-ASCII chars this class handles made
   * spaces (none is ever part of a word). False if a char is not handled, or a run of chars that
   * could form one word is longer than the tokenizer reads whole.
   */
  private static boolean foldAndCheck(char[] chars, int length) {
    int run = 0;
    int longestRun = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c >= 128) {
        c = plain(c);
        if (c == DECLINED) {
          return false;
        }
      }
      int folded = FOLDED[c];
      chars[i] = (char) folded;
      // Without a branch, which would guess wrong at most words' ends: the run goes on over a char
      // that may be part of a word and starts afresh after one that may not.
      run = (run + 1) & (folded >> 31);
      longestRun = Math.max(longestRun, run);
    }
    return longestRun <= MAX_RUN;
  }

  /**
   * The ASCII char a non-ASCII one reads as, or {@link #DECLINED}. The quotes fold as {@link
   * TextAnalyzers.TypographicQuotes} folds them. Every other char here has the word-break property
   * Other and no emoji property, so the tokenizer treats it exactly as a space (each maps to the
   * space's char class in {@code StandardTokenizerImpl}); U+00AD (Format), U+202F (ExtendNumLet) and
   * ™ © ® (emoji) would not, and are declined like every char not listed.
   */
  private static char plain(char c) {
    return switch (c) {
      case '‘', '’' -> '\'';
      case '“', '”' -> '"';
      case '£', '€', '¥', '–', '—', '‐', '‑', '−', '…', '°', '«', '»', '•', '′', '″', '§', '×',
          '\u00A0', '\u2009' -> ' ';
      default -> DECLINED;
    };
  }

  /**
   * The end of the word whose first letter or digit is at {@code first}: the longest run from there
   * that the word rules join, with any joiners that trail it. The chars end with one that is not
   * part of a word.
   */
  private static int wordEnd(char[] chars, int first) {
    int i = first;
    while (true) {
      int type;
      do {
        i++;
      } while (((type = CLASSES[chars[i]]) & LETTER_OR_DIGIT) != 0);
      if (type == 0) {
        return i; // most words end so, at a space
      }
      if (type == JOINER) {
        do {
          i++;
        } while (CLASSES[chars[i]] == JOINER);
        if ((CLASSES[chars[i]] & LETTER_OR_DIGIT) == 0) {
          return i;
        }
      } else {
        // A mid char: the word goes on if it sits between two letters or two digits it may join.
        int last = CLASSES[chars[i - 1]];
        if ((type & last << 3) == 0 || CLASSES[chars[i + 1]] != last) {
          return i;
        }
        i++;
      }
    }
  }
}
