package org.crosscheck.index;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Turns exact words into the English fields' terms as Lucene's possessive, stop and Porter stem
 * filters do, one word at a time, with each word's answer remembered ({@link EnglishTermMemory}).
 * The English analyzer's last filter, for queries and for texts analysed outside the index.
 *
 * <p>Not thread-safe, like every token stream; an analyzer gives each thread its own, and so its own
 * memory.
 */
final class RememberingEnglishFilter extends FilteringTokenFilter {
  /** How many words the memory holds at most before it starts afresh. */
  static final int MAX_REMEMBERED = EnglishTermMemory.MAX_REMEMBERED;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final EnglishTermMemory memory = new EnglishTermMemory();

  RememberingEnglishFilter(TokenStream exactWords) {
    super(exactWords);
  }

  @Override
  protected boolean accept() {
    boolean kept = keyword.isKeyword()
        ? memory.keywordTermOf(term.buffer(), 0, term.length())
        : memory.termOf(term.buffer(), 0, term.length());
    if (kept) {
      term.copyBuffer(memory.term(), 0, memory.termLength());
    }
    return kept;
  }

  /** How many words the memory holds. */
  int remembered() {
    return memory.remembered();
  }
}
