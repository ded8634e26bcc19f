package org.crosscheck.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * A text tokenized once, for every field that indexes it. A paragraph goes into the stemmed text
 * field and the exact one, and its article's title into every paragraph's document; tokenizing each
 * of those anew cost a tenth of indexing. The exact words ({@link TextAnalyzers#exact()}) are worked
 * out on first use and kept; the exact field replays them, the English fields replay them through
 * {@link TextAnalyzers#englishWords}, which gives what {@link TextAnalyzers#english()} gives.
 *
 * <p>The words are worked out when the index writer first asks for them, so a document waiting in
 * a batch holds only its text. Safe to share between threads; the streams it hands out are not, as
 * no token stream is, and the index writer keeps one per field and thread.
 */
final class TokenizedText {
  private static final Analyzer EXACT = TextAnalyzers.exact();

  private final String text;
  private volatile Words words;

  TokenizedText(String text) {
    this.text = text;
  }

  /** A field that indexes this text's exact words. */
  Field exactField(String name, FieldType type) {
    return new Field(name, text, type) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        Replay replay = reuse instanceof Replay previous ? previous : new Replay();
        replay.words = words();
        return replay;
      }
    };
  }

  /** A field that indexes this text's English words. */
  Field englishField(String name, FieldType type) {
    return new Field(name, text, type) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        EnglishReplay english = reuse instanceof EnglishReplay previous ? previous : new EnglishReplay();
        english.replay.words = words();
        return english;
      }
    };
  }

  private Words words() {
    Words known = words;
    if (known == null) {
      known = Words.of(text); // two threads may both work them out: the same words, so no harm
      words = known;
    }
    return known;
  }

  /** The exact words of a text: their characters end to end, and each word's end, offsets and position increment. */
  private record Words(char[] chars, int[] ends, int[] startOffsets, int[] endOffsets, int[] increments, int count,
      int finalOffset, int finalIncrement) {

    static Words of(String text) {
      char[] chars = new char[Math.max(16, text.length())];
      int capacity = Math.max(4, text.length() / 5);
      int[] ends = new int[capacity];
      int[] startOffsets = new int[capacity];
      int[] endOffsets = new int[capacity];
      int[] increments = new int[capacity];
      int count = 0;
      int length = 0;
      try (TokenStream stream = EXACT.tokenStream(Schema.TEXT_EXACT, text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          if (count == ends.length) {
            int grown = count * 2;
            ends = Arrays.copyOf(ends, grown);
            startOffsets = Arrays.copyOf(startOffsets, grown);
            endOffsets = Arrays.copyOf(endOffsets, grown);
            increments = Arrays.copyOf(increments, grown);
          }
          if (length + term.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + term.length()));
          }
          System.arraycopy(term.buffer(), 0, chars, length, term.length());
          length += term.length();
          ends[count] = length;
          startOffsets[count] = offset.startOffset();
          endOffsets[count] = offset.endOffset();
          increments[count] = increment.getPositionIncrement();
          count++;
        }
        stream.end();
        return new Words(chars, ends, startOffsets, endOffsets, increments, count, offset.endOffset(),
            increment.getPositionIncrement());
      } catch (IOException e) {
        throw new UncheckedIOException("reading a string cannot fail", e);
      }
    }
  }

  /**
   * Plays the exact words back as a token stream, with the attributes the index writer reads: term,
   * offsets and position increment. Reused for one document after another.
   */
  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private Words words;
    private int next;

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next == words.count) {
        return false;
      }
      clearAttributes();
      int start = next == 0 ? 0 : words.ends[next - 1];
      term.copyBuffer(words.chars, start, words.ends[next] - start);
      offset.setOffset(words.startOffsets[next], words.endOffsets[next]);
      increment.setPositionIncrement(words.increments[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(words.finalOffset, words.finalOffset);
      increment.setPositionIncrement(words.finalIncrement);
    }
  }

  /** The exact words played back through the English filters, which keep their memory of stems from one document to the next. */
  private static final class EnglishReplay extends TokenFilter {
    final Replay replay;

    EnglishReplay() {
      this(new Replay());
    }

    private EnglishReplay(Replay replay) {
      super(TextAnalyzers.englishWords(replay));
      this.replay = replay;
    }

    @Override
    public boolean incrementToken() throws IOException {
      return input.incrementToken();
    }
  }
}
