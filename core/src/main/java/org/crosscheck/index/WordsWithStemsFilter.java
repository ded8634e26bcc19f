package org.crosscheck.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Writes the text field's terms ({@link EnglishStems}): each word as it comes, then, at the same
 * position and with the same offsets, its stem marked with {@link Schema#STEM_MARK} unless the word
 * is a stop word. It remembers what it worked out for each word, as {@link
 * RememberingPorterStemFilter} does, since news text repeats its words. Not thread-safe, like every
 * token stream; an analyzer gives each thread its own.
 */
final class WordsWithStemsFilter extends TokenFilter {
  /** What the memory holds for a stop word, which gets no stem beside it. */
  private static final char[] NO_STEM = new char[0];

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  /** Each word seen to its marked stem, or to {@link #NO_STEM}. */
  private final CharArrayMap<char[]> markedStems = new CharArrayMap<>(1_024, false);
  private final PorterStems porter = new PorterStems();
  /** The marked stem to write after the word just written; null when none is due. */
  private char[] pending;

  WordsWithStemsFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      // The word's other attributes (offsets, type) stand as they are: the stem is cut from the same text.
      term.copyBuffer(pending, 0, pending.length);
      increment.setPositionIncrement(0);
      pending = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    char[] marked = markedStems.get(term.buffer(), 0, term.length());
    if (marked == null) {
      marked = markedStemOf(term.buffer(), term.length());
      if (markedStems.size() >= RememberingPorterStemFilter.MAX_REMEMBERED) {
        markedStems.clear();
      }
      markedStems.put(Arrays.copyOf(term.buffer(), term.length()), marked);
    }
    if (marked != NO_STEM) {
      pending = marked;
    }
    return true;
  }

  private char[] markedStemOf(char[] word, int length) {
    char[] stem = EnglishStems.stemOf(word, length, porter);
    if (stem == null) {
      return NO_STEM;
    }
    char[] marked = new char[stem.length + 1];
    marked[0] = Schema.STEM_MARK;
    System.arraycopy(stem, 0, marked, 1, stem.length);
    return marked;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
