package org.crosscheck.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's {@link PorterStemFilter}, token for token, with a memory of the stems it has worked out.
 * News text repeats its words (the same few thousand make most of every paragraph, and the title,
 * the quoted words and the text go through stemming each), so looking a word up costs less than
 * stemming it again: Porter's algorithm walks the word once per suffix rule. A word not yet seen is
 * stemmed by Lucene's own filter (its stemmer is not public), so the stems are Lucene's exactly. Not
 * thread-safe, like every token stream; an analyzer gives each thread its own, and so its own memory.
 */
final class RememberingPorterStemFilter extends TokenFilter {
  /**
   * Beyond this many words the memory starts afresh, so that it stays under about 2 MB per thread
   * whatever the corpus; the words a corpus repeats most come back first.
   */
  static final int MAX_REMEMBERED = 20_000;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  /** Each word seen to its stem. */
  private final CharArrayMap<char[]> stems = new CharArrayMap<>(1_024, false);
  private final OneWord unseen = new OneWord();
  private final PorterStemFilter porter = new PorterStemFilter(unseen);

  RememberingPorterStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    char[] stem = stems.get(term.buffer(), 0, term.length());
    if (stem == null) {
      stem = stemOf(term);
      if (stems.size() >= MAX_REMEMBERED) {
        stems.clear();
      }
      stems.put(Arrays.copyOf(term.buffer(), term.length()), stem);
    }
    term.copyBuffer(stem, 0, stem.length);
    return true;
  }

  private char[] stemOf(CharTermAttribute word) throws IOException {
    unseen.word.copyBuffer(word.buffer(), 0, word.length());
    unseen.pending = true;
    porter.incrementToken();
    return Arrays.copyOf(unseen.word.buffer(), unseen.word.length());
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    porter.reset();
  }

  @Override
  public void close() throws IOException {
    super.close();
    porter.close();
  }

  /** A stream of the one word put in it, for {@link #porter} to stem in place. */
  private static final class OneWord extends TokenStream {
    final CharTermAttribute word = addAttribute(CharTermAttribute.class);
    boolean pending;

    @Override
    public boolean incrementToken() {
      boolean next = pending;
      pending = false;
      return next;
    }
  }
}
