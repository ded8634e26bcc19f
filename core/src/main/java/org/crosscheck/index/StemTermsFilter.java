package org.crosscheck.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * For stemmed search of the text field: marks each stem as the text field holds it ({@link
 * EnglishStems#marked}). Not thread-safe, like every token stream.
 */
final class StemTermsFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  StemTermsFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int length = term.length();
    char[] buffer = term.resizeBuffer(length + 1);
    System.arraycopy(buffer, 0, buffer, 1, length);
    buffer[0] = Schema.STEM_MARK;
    term.setLength(length + 1);
    return true;
  }
}
