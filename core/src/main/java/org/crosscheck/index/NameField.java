package org.crosscheck.index;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * An analysed entity name field ({@link Schema#PERSON_NAME} and the like) holding one canonical key,
 * split into its words here rather than by {@link TextAnalyzers#entityNames()}: a paragraph has
 * four of these fields or more (an empty one keeps a field's norms dense, see {@link EntityFields}),
 * and going through the analyzer (a per-field lookup, the thread's reused components, a reader over
 * the key) cost more than splitting a key of two words. The words, offsets and increments are
 * those the analyzer gives; the gap between two values of a field is the index writer's to add, as
 * for any field. A key the plain split would not cut as the analyzer does (white space other than
 * ' ', a word longer than the analyzer keeps, a surrogate) goes through the analyzer.
 */
final class NameField extends Field {
  /** {@code WhitespaceTokenizer}'s longest word; a longer one it cuts in pieces. */
  private static final int LONGEST_WORD = 255;

  private NameField(String name, String key) {
    super(name, key, TextField.TYPE_NOT_STORED);
  }

  /** The field {@code name} holding {@code key}'s words; an empty key gives a field with no words. */
  static Field of(String name, String key) {
    return splitsAtSpaces(key) ? new NameField(name, key) : new TextField(name, key, Store.NO);
  }

  /** Whether splitting at ' ' gives the analyzer's words: no other white space, no surrogate, no overlong word. */
  static boolean splitsAtSpaces(String key) {
    int wordLength = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == ' ') {
        wordLength = 0;
      } else if (Character.isWhitespace(c) || Character.isSurrogate(c) || ++wordLength > LONGEST_WORD) {
        return false;
      }
    }
    return true;
  }

  @Override
  public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
    Words words = reuse instanceof Words previous ? previous : new Words();
    words.key = stringValue();
    return words;
  }

  /** The words of a key, in UTF-8. Reused for one value after another. */
  private static final class Words extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final BytesRef bytes = new BytesRef(new byte[64]);
    private String key;
    private int at;

    @Override
    public void reset() throws IOException {
      super.reset();
      at = 0;
      term.setBytesRef(bytes);
    }

    @Override
    public boolean incrementToken() {
      int length = key.length();
      while (at < length && key.charAt(at) == ' ') {
        at++;
      }
      if (at == length) {
        return false;
      }
      int start = at;
      while (at < length && key.charAt(at) != ' ') {
        at++;
      }
      if (bytes.bytes.length < 3 * (at - start)) {
        bytes.bytes = new byte[3 * (at - start)];
      }
      bytes.length = UnicodeUtil.UTF16toUTF8(key, start, at - start, bytes.bytes);
      offset.setOffset(start, at);
      increment.setPositionIncrement(1);
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(key.length(), key.length());
    }
  }
}
