package org.crosscheck.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

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
    ReplayedWords.Replay replay = reuse instanceof ReplayedWords.Replay previous ? previous : new ReplayedWords.Replay();
    return replay.play(words(stringValue()));
  }

  /** The key's words: its runs of chars other than ' ', each at the next position. */
  private static ReplayedWords words(String key) {
    if (key.isEmpty()) {
      return ReplayedWords.NONE; // the empty values that keep norms dense: most name fields of most paragraphs
    }
    char[] chars = key.toCharArray();
    ReplayedWords.Builder words = new ReplayedWords.Builder(chars.length);
    for (int at = 0; at < chars.length; ) {
      if (chars[at] == ' ') {
        at++;
        continue;
      }
      int start = at;
      while (at < chars.length && chars[at] != ' ') {
        at++;
      }
      words.word(chars, start, at - start, start, at);
    }
    return words.build(chars.length, 0);
  }
}
