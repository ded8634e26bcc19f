package org.crosscheck.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** A token stream written out as "term@start-end+increment" per token, so tests compare analyses as lists. */
final class TokenLists {
  private TokenLists() {}

  /** The tokens of the stream, which is consumed and closed. */
  static List<String> of(TokenStream stream) throws IOException {
    return read(stream, false);
  }

  /** The tokens, then the offsets and increment the stream ends with ("end@..."), which place a field's next value. */
  static List<String> withEnd(TokenStream stream) throws IOException {
    return read(stream, true);
  }

  private static List<String> read(TokenStream stream, boolean withEnd) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (stream) {
      // What the index writer reads: the index's replays hand it UTF-8 bytes, the analyzers chars.
      TermToBytesRefAttribute term = stream.getAttribute(TermToBytesRefAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.getBytesRef().utf8ToString() + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement());
      }
      stream.end();
      if (withEnd) {
        tokens.add("end@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement());
      }
    }
    return tokens;
  }
}
