package org.crosscheck.index;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * How the text field ({@link Schema#TEXT}) holds English stems, and the terms a stem is found under.
 *
 * <p>The field holds every word as the exact analysis writes it (lower-cased, accents folded) and,
 * at the same position, the word's stem marked with {@link Schema#STEM_MARK} when the stem differs
 * from the word: "troops" is indexed as {@code troops} and {@code ␂troop}, "troop" as {@code troop}
 * alone, and "the", a stop word, has no stem. One field thus answers stemmed search, exact phrases
 * and highlighting, and a word whose stem is itself costs one term instead of two. A stem is found
 * under its marked term and, when it is a word that stems to itself, under that word.
 *
 * <p>The stem of a word is what {@link TextAnalyzers#english()} makes of it: the possessive "'s"
 * dropped, stop words none, then Lucene's Porter stemmer. Thread-safe.
 */
public final class EnglishStems {
  private EnglishStems() {}

  private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  private static final ThreadLocal<PorterStems> PORTER = ThreadLocal.withInitial(PorterStems::new);

  /** The term of the text field that marks a stem. */
  public static String marked(String stem) {
    return Schema.STEM_MARK + stem;
  }

  /**
   * The stem of a word written as the exact analysis writes it; null for a stop word. The array
   * returned is new; it equals the word when the word is its own stem.
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

  /** Whether the text field holds this word, unmarked, for its stem: it is no stop word and stems to itself. */
  public static boolean isOwnStem(String word) {
    char[] chars = word.toCharArray();
    char[] stem = stemOf(chars, chars.length, PORTER.get());
    return stem != null && java.util.Arrays.equals(stem, chars);
  }

  /** The terms of the text field that hold the occurrences of a stem: its marked term, and itself when it is its own stem. */
  public static List<String> termsOf(String stem) {
    return isOwnStem(stem) ? List.of(marked(stem), stem) : List.of(marked(stem));
  }

  /**
   * The stem a term of the text field stands for: the stem of a marked term, the word itself when it
   * is its own stem, null for any other word (its stem is marked beside it, or it is a stop word).
   */
  public static String stemOfTerm(String term) {
    if (!term.isEmpty() && term.charAt(0) == Schema.STEM_MARK) {
      return term.substring(1);
    }
    return isOwnStem(term) ? term : null;
  }

  /**
   * Paragraphs that use a stem. Its two terms are scored as one ({@link SynonymQuery}: their
   * frequencies add up), as the occurrences of one stem; a term the index lacks is left out
   * ({@link PresentTermsQuery}).
   */
  public static Query query(String stem) {
    List<String> terms = termsOf(stem);
    if (terms.size() == 1) {
      return new TermQuery(new Term(Schema.TEXT, terms.getFirst()));
    }
    SynonymQuery.Builder synonyms = new SynonymQuery.Builder(Schema.TEXT);
    for (String term : terms) {
      synonyms.addTerm(new Term(Schema.TEXT, term));
    }
    return new PresentTermsQuery(synonyms.build());
  }
}
