package org.crosscheck.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * A text tokenized once, for every field that indexes it. A paragraph goes into the stemmed text
 * field and the exact one, and its article's title into every paragraph's document; tokenizing each
 * of those anew cost a tenth of indexing. The exact words ({@link TextAnalyzers#exact()}) are worked
 * out on first use, by {@link FastExactWords} when it takes the text, and kept; the exact field
 * replays them, the English fields replay their terms, worked out from the exact words by an
 * {@link EnglishTermMemory} on first use and kept too (a title is indexed once per paragraph),
 * which gives what {@link TextAnalyzers#english()} gives. Both replays hand the index writer UTF-8
 * terms directly (see {@link Replay}).
 *
 * <p>The words are worked out when the index writer first asks for them, so a document waiting in
 * a batch holds only its text. Safe to share between threads; the streams it hands out are not, as
 * no token stream is, and the index writer keeps one per field and thread.
 */
final class TokenizedText {
  private static final Analyzer EXACT = TextAnalyzers.exact();

  private final String text;
  private volatile Words words;
  private volatile EnglishTerms english;

  TokenizedText(String text) {
    this.text = text;
  }

  /** A field that indexes this text's exact words. */
  Field exactField(String name, FieldType type) {
    return new Field(name, text, type) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        ExactReplay replay = reuse instanceof ExactReplay previous ? previous : new ExactReplay();
        replay.play(words());
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
        Words known = words();
        english.play(englishTerms(known, english.memory), known.finalOffset);
        return english;
      }
    };
  }

  /** The English terms of the words, worked out with {@code memory} on first use and kept: a title is indexed once per paragraph. */
  private EnglishTerms englishTerms(Words known, EnglishTermMemory memory) {
    EnglishTerms terms = english;
    if (terms == null) {
      terms = EnglishTerms.of(known, memory); // as with the words, two threads would make the same
      english = terms;
    }
    return terms;
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

    /** The words of the text: from {@link FastExactWords} when it takes the text, else from Lucene's exact analyzer. */
    static Words of(String text) {
      Builder words = new Builder(text.length());
      if (FastExactWords.split(text, words)) {
        return words.build(text.length(), 0); // every word at the next position, none left out at the end
      }
      try (TokenStream stream = EXACT.tokenStream(Schema.TEXT_EXACT, text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          words.add(term.buffer(), 0, term.length(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement());
        }
        stream.end();
        return words.build(offset.endOffset(), increment.getPositionIncrement());
      } catch (IOException e) {
        throw new UncheckedIOException("reading a string cannot fail", e);
      }
    }

    /** Gathers the words one by one. */
    private static final class Builder implements FastExactWords.Sink {
      private char[] chars;
      private int[] ends;
      private int[] startOffsets;
      private int[] endOffsets;
      private int[] increments;
      private int count;
      private int length;

      Builder(int textLength) {
        chars = new char[Math.max(16, textLength)];
        int capacity = Math.max(4, textLength / 5); // news copy has about one word in five chars
        ends = new int[capacity];
        startOffsets = new int[capacity];
        endOffsets = new int[capacity];
        increments = new int[capacity];
      }

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

      Words build(int finalOffset, int finalIncrement) {
        return new Words(chars, ends, startOffsets, endOffsets, increments, count, finalOffset, finalIncrement);
      }
    }
  }

  /**
   * The English fields' terms of the words: the kept words' terms in UTF-8 end to end, each one's
   * end, offsets and position increment (which counts the stop words left out before it, as Lucene's
   * stop filter does), and the increment the stream ends with.
   */
  private record EnglishTerms(byte[] bytes, int[] ends, int[] startOffsets, int[] endOffsets, int[] increments, int count,
      int finalIncrement) {

    static EnglishTerms of(Words words, EnglishTermMemory memory) {
      // A byte a char of the words: nearly every term is ASCII and no longer than its word. Grown when one is not.
      byte[] bytes = new byte[words.count == 0 ? 0 : words.ends[words.count - 1]];
      int[] ends = new int[words.count];
      int[] startOffsets = new int[words.count];
      int[] endOffsets = new int[words.count];
      int[] increments = new int[words.count];
      int count = 0;
      int length = 0;
      int skipped = 0;
      for (int i = 0; i < words.count; i++) {
        int start = i == 0 ? 0 : words.ends[i - 1];
        if (!memory.termOf(words.chars, start, words.ends[i] - start)) {
          skipped += words.increments[i];
          continue;
        }
        char[] term = memory.term();
        int termLength = memory.termLength();
        if (isAscii(term, termLength) && length + termLength <= bytes.length) {
          // Nearly every term: a byte a char, and room left, a term being no longer than its word.
          for (int k = 0; k < termLength; k++) {
            bytes[length++] = (byte) term[k];
          }
        } else {
          byte[] utf8 = new byte[3 * termLength];
          int utf8Length = UnicodeUtil.UTF16toUTF8(term, 0, termLength, utf8);
          if (length + utf8Length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + utf8Length));
          }
          System.arraycopy(utf8, 0, bytes, length, utf8Length);
          length += utf8Length;
        }
        ends[count] = length;
        startOffsets[count] = words.startOffsets[i];
        endOffsets[count] = words.endOffsets[i];
        increments[count] = words.increments[i] + skipped;
        skipped = 0;
        count++;
      }
      return new EnglishTerms(bytes, ends, startOffsets, endOffsets, increments, count, words.finalIncrement + skipped);
    }
  }

  private static boolean isAscii(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      if (chars[i] >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Hands the index writer terms already in UTF-8 with their offsets and increments, the only
   * attributes it reads, set anew for every token: no attribute is cleared and no term converted on
   * the way, which the chain of token filters did for every word of both text fields. Reused for
   * one document after another.
   */
  private abstract static class Replay extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final BytesRef bytes = new BytesRef();
    private int[] startOffsets;
    private int[] endOffsets;
    private int[] increments;
    private int count;
    private int finalOffset;
    private int finalIncrement;
    private int next;

    /** Sets what the next text plays: each token's offsets and increment, and the stream's end. */
    final void play(int[] startOffsets, int[] endOffsets, int[] increments, int count, int finalOffset, int finalIncrement) {
      this.startOffsets = startOffsets;
      this.endOffsets = endOffsets;
      this.increments = increments;
      this.count = count;
      this.finalOffset = finalOffset;
      this.finalIncrement = finalIncrement;
    }

    /** Points {@code bytes} at the term of token {@code i}. */
    abstract void term(int i, BytesRef bytes);

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
      term.setBytesRef(bytes);
    }

    @Override
    public final boolean incrementToken() {
      if (next == count) {
        return false;
      }
      term(next, bytes);
      offset.setOffset(startOffsets[next], endOffsets[next]);
      increment.setPositionIncrement(increments[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(finalOffset, finalOffset);
      increment.setPositionIncrement(finalIncrement);
    }
  }

  /** Plays the exact words back, each encoded as it is handed over (once: the exact field is the only one that reads them). */
  private static final class ExactReplay extends Replay {
    private Words words;
    private byte[] scratch = new byte[64];

    void play(Words words) {
      this.words = words;
      play(words.startOffsets, words.endOffsets, words.increments, words.count, words.finalOffset, words.finalIncrement);
    }

    @Override
    void term(int i, BytesRef bytes) {
      int start = i == 0 ? 0 : words.ends[i - 1];
      int length = words.ends[i] - start;
      if (scratch.length < 3 * length) {
        scratch = new byte[3 * length];
      }
      bytes.bytes = scratch;
      bytes.offset = 0;
      bytes.length = length;
      for (int k = 0; k < length; k++) { // a byte a char for nearly every word; Lucene's encoder for the others
        char c = words.chars[start + k];
        if (c >= 0x80) {
          bytes.length = UnicodeUtil.UTF16toUTF8(words.chars, start, length, scratch);
          return;
        }
        scratch[k] = (byte) c;
      }
    }
  }

  /** Plays the English terms back; keeps the memory of terms that works them out from one document to the next. */
  private static final class EnglishReplay extends Replay {
    final EnglishTermMemory memory = new EnglishTermMemory();
    private EnglishTerms terms;

    void play(EnglishTerms terms, int finalOffset) {
      this.terms = terms;
      play(terms.startOffsets, terms.endOffsets, terms.increments, terms.count, finalOffset, terms.finalIncrement);
    }

    @Override
    void term(int i, BytesRef bytes) {
      bytes.bytes = terms.bytes;
      bytes.offset = i == 0 ? 0 : terms.ends[i - 1];
      bytes.length = terms.ends[i] - bytes.offset;
    }
  }
}
