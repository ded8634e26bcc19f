package org.crosscheck.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * For stemmed search of the text field: turns each stem into the terms that field holds it under
 * ({@link EnglishStems#termsOf}), stacked at one position, so the query parser makes them one
 * synonym query, or one position of a phrase. Not thread-safe, like every token stream.
 */
final class StemTermsFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  /** The stem just written marked, when it is also to be written as the word it is; else null. */
  private String ownStem;

  StemTermsFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (ownStem != null) {
      term.setEmpty().append(ownStem);
      increment.setPositionIncrement(0);
      ownStem = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String stem = term.toString();
    if (EnglishStems.isOwnStem(stem)) {
      ownStem = stem;
    }
    term.setEmpty().append(EnglishStems.marked(stem));
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    ownStem = null;
  }
}
