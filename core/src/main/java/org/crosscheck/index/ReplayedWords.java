package org.crosscheck.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * The words a field hands the index writer, worked out before it asks: their terms' chars end to
 * end, each one's end, offsets and position increment, and the offset and increment the stream
 * ends with. {@link TokenizedText} keeps a text's exact words and English terms so, and {@link
 * NameField} an entity key's words; {@link Replay} plays them to the writer. Immutable once built.
 */
record ReplayedWords(char[] chars, int[] ends, int[] startOffsets, int[] endOffsets, int[] increments, int count,
    int finalOffset, int finalIncrement) {

  /** No words, ending at offset 0. */
  static final ReplayedWords NONE = new Builder(0).build(0, 0);

  /**
   * The English fields' terms of these exact words, as {@link RememberingEnglishFilter} makes them:
   * stop words left out, their positions counted in the increment of the next term kept (as
   * Lucene's stop filter counts them) or in the final increment.
   */
  ReplayedWords english(EnglishTermMemory memory) {
    Builder terms = new Builder(count == 0 ? 0 : ends[count - 1]);
    int skipped = 0;
    for (int i = 0; i < count; i++) {
      int start = i == 0 ? 0 : ends[i - 1];
      if (memory.termOf(chars, start, ends[i] - start)) {
        terms.add(memory.term(), 0, memory.termLength(), startOffsets[i], endOffsets[i], increments[i] + skipped);
        skipped = 0;
      } else {
        skipped += increments[i];
      }
    }
    return terms.build(finalOffset, finalIncrement + skipped);
  }

  /** Gathers words one by one. */
  static final class Builder implements FastExactWords.Sink {
    private char[] chars;
    private int[] ends;
    private int[] startOffsets;
    private int[] endOffsets;
    private int[] increments;
    private int count;
    private int length;

    /** @param textLength how long the text is: news copy has about one word in five chars */
    Builder(int textLength) {
      chars = new char[Math.max(16, textLength)];
      int capacity = Math.max(4, textLength / 5);
      ends = new int[capacity];
      startOffsets = new int[capacity];
      endOffsets = new int[capacity];
      increments = new int[capacity];
    }

    /** A word at the next position. */
    @Override
    public void word(char[] source, int start, int wordLength, int startOffset, int endOffset) {
      add(source, start, wordLength, startOffset, endOffset, 1);
    }

    void add(char[] source, int start, int wordLength, int startOffset, int endOffset, int increment) {
      if (count == ends.length) {
        int grown = count * 2;
        ends = Arrays.copyOf(ends, grown);
        startOffsets = Arrays.copyOf(startOffsets, grown);
        endOffsets = Arrays.copyOf(endOffsets, grown);
        increments = Arrays.copyOf(increments, grown);
      }
      if (length + wordLength > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + wordLength));
      }
      System.arraycopy(source, start, chars, length, wordLength);
      length += wordLength;
      ends[count] = length;
      startOffsets[count] = startOffset;
      endOffsets[count] = endOffset;
      increments[count] = increment;
      count++;
    }

    ReplayedWords build(int finalOffset, int finalIncrement) {
      return new ReplayedWords(chars, ends, startOffsets, endOffsets, increments, count, finalOffset, finalIncrement);
    }
  }

  /**
   * Plays words to the index writer: each term in UTF-8 with its offsets and increment, the only
   * attributes the writer reads, set anew for every token. No attribute is cleared and no chain of
   * token filters runs, which for every word of both text fields was about 5% of indexing. Reused
   * for one value after another, as the writer keeps one per field and thread; not thread-safe.
   */
  static final class Replay extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final BytesRef bytes = new BytesRef(new byte[64]);
    private ReplayedWords words;
    private int next;
    /** The English terms' memory, for a stream that plays an English field: it lasts from one value to the next. */
    private EnglishTermMemory memory;

    /** This stream, set to play {@code words} next. */
    Replay play(ReplayedWords words) {
      this.words = words;
      return this;
    }

    /** The memory of English terms that goes with this stream, made on first use. */
    EnglishTermMemory memory() {
      if (memory == null) {
        memory = new EnglishTermMemory();
      }
      return memory;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
      term.setBytesRef(bytes);
    }

    @Override
    public boolean incrementToken() {
      if (next == words.count) {
        return false;
      }
      int start = next == 0 ? 0 : words.ends[next - 1];
      encode(words.chars, start, words.ends[next] - start);
      offset.setOffset(words.startOffsets[next], words.endOffsets[next]);
      increment.setPositionIncrement(words.increments[next]);
      next++;
      return true;
    }

    /** Puts the chars in {@link #bytes} as UTF-8: a byte a char for nearly every term, Lucene's encoder for the others. */
    private void encode(char[] chars, int start, int length) {
      if (bytes.bytes.length < 3 * length) {
        bytes.bytes = new byte[3 * length];
      }
      bytes.length = length;
      for (int k = 0; k < length; k++) {
        char c = chars[start + k];
        if (c >= 0x80) {
          bytes.length = UnicodeUtil.UTF16toUTF8(chars, start, length, bytes.bytes);
          return;
        }
        bytes.bytes[k] = (byte) c;
      }
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(words.finalOffset, words.finalOffset);
      increment.setPositionIncrement(words.finalIncrement);
    }
  }
}
