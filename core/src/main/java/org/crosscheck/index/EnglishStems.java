package org.crosscheck.index;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How the text field ({@link Schema#TEXT}) holds English stems beside the words.
 *
 * <p>The field holds every word as the exact analysis writes it (lower-cased, accents folded) and,
 * at the same position, the word's stem marked with {@link Schema#STEM_MARK}, unless the word is a
 * stop word: "troops" is indexed as {@code troops} and {@code ␂troop}, "troop" as {@code troop} and
 * {@code ␂troop}, "the" as {@code the} alone. One field thus answers stemmed search (one term per
 * stem), exact phrases and highlighting, from one pass of the tokenizer.
 *
 * <p>The stem of a word is what {@link TextAnalyzers#english()} makes of it: the possessive "'s"
 * dropped, stop words none, then Lucene's Porter stemmer. Thread-safe.
 */
public final class EnglishStems {
  private EnglishStems() {}

  private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  /** The term of the text field that holds a stem. */
  public static String marked(String stem) {
    return Schema.STEM_MARK + stem;
  }

  /**
   * The stem of a word written as the exact analysis writes it; null for a stop word. The array
   * returned is new.
   */
  static char[] stemOf(char[] word, int length, PorterStems porter) {
    int kept = length;
    if (length >= 2 && word[length - 1] == 's' && word[length - 2] == '\'') {
      kept = length - 2; // as EnglishPossessiveFilter: the text's "'" is already plain (TextAnalyzers.TypographicQuotes)
    }
    if (STOP_WORDS.contains(word, 0, kept)) {
      return null;
    }
    return porter.stem(word, kept);
  }

  /** The stem a term of the text field holds, or null when the term is a word. */
  public static String stemOfTerm(String term) {
    return !term.isEmpty() && term.charAt(0) == Schema.STEM_MARK ? term.substring(1) : null;
  }

  /** Paragraphs that use a stem. */
  public static Query query(String stem) {
    return new TermQuery(new Term(Schema.TEXT, marked(stem)));
  }
}
