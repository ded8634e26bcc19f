package org.crosscheck.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's Porter stemmer for one word at a time. Its stemmer class is not public, so the word goes
 * through a {@link PorterStemFilter} over a stream of that one word: the stems are Lucene's exactly.
 * Not thread-safe; each token filter (so each analysing thread) has its own.
 */
final class PorterStems {
  private final OneWord word = new OneWord();
  private final PorterStemFilter porter = new PorterStemFilter(word);

  /** The stem of {@code length} chars of {@code text}, a new array. */
  char[] stem(char[] text, int length) {
    word.term.copyBuffer(text, 0, length);
    word.pending = true;
    try {
      porter.incrementToken();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a stream of one word in memory reads nothing
    }
    return Arrays.copyOf(word.term.buffer(), word.term.length());
  }

  /** A stream of the one word put in it, for {@link #porter} to stem in place. */
  private static final class OneWord extends TokenStream {
    final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    boolean pending;

    @Override
    public boolean incrementToken() {
      boolean next = pending;
      pending = false;
      return next;
    }
  }
}
