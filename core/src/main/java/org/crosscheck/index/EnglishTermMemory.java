package org.crosscheck.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * The English fields' term of each exact word, as Lucene's filters make it (the possessive dropped,
 * stop words left out, Porter's stem), remembered word by word. News text repeats its words: the
 * same few thousand make most of every paragraph, and the title goes through once per paragraph.
 * One lookup then replaces three filters and Porter's algorithm, which walks the word once per
 * suffix rule. A word not yet seen goes through {@link TextAnalyzers#englishFilters}, so the terms
 * are Lucene's exactly.
 *
 * <p>The lookup is bound by memory, not by computing: a word's entry is one of thousands. Before,
 * the possessive and stop filters ran, then a stem filter looked the word up in Lucene's {@code
 * CharArrayMap}, reading a key and a value array and two strings, more on a long probe path (it
 * fills to four fifths): together 9.7% of indexing's CPU samples over BBC. Most words are short and
 * ASCII, so a word of at most eight ASCII characters and its term are packed into the longs of one
 * slot, a single cache line; longer words keep their characters in arrays of their own. Now 6.7%
 * (docs/BENCHMARKS.md, round 7).
 *
 * <p>Used by {@link RememberingEnglishFilter} at query time and by the index's replay of a text's
 * words ({@link TokenizedText}). Not thread-safe: each token stream owns one, and a stream serves
 * one thread at a time.
 */
final class EnglishTermMemory {
  /**
   * Beyond this many words the memory starts afresh, so that it stays under about 2 MB whatever the
   * corpus; the words a corpus repeats most come back first.
   */
  static final int MAX_REMEMBERED = 24_576;

  /** Slots in each table at first; a table doubles whenever three slots in eight are taken, so probes stay short. */
  private static final int FIRST_SLOTS = 1_024;

  /** What a lookup finds: nothing, a word with its term, or a stop word. */
  private static final int NOT_FOUND = 0;
  private static final int KEPT = 1;
  private static final int LEFT_OUT = 2;

  /** Words of at most eight ASCII characters whose term is too. */
  private final ShortWords shortWords = new ShortWords();
  /** Every other word. */
  private final LongWords longWords = new LongWords();

  /** Lucene's filters over the one word put in {@link #unseen}. */
  private final OneWord unseen = new OneWord();
  private final TokenStream lucene = TextAnalyzers.englishFilters(unseen);
  private final CharTermAttribute luceneTerm = lucene.getAttribute(CharTermAttribute.class);

  /** The term of the last word kept. */
  private char[] term = new char[32];
  private int termLength;

  /**
   * Whether the English fields keep the word {@code word[offset, offset + length)}: false for a stop
   * word; when true, its term is {@link #term()}{@code [0, }{@link #termLength()}{@code )}.
   */
  boolean termOf(char[] word, int offset, int length) {
    long packed = ShortWords.pack(word, offset, length);
    int found = packed != ShortWords.UNPACKABLE ? shortWords.find(packed, length, this) : longWords.find(word, offset, length, this);
    if (found != NOT_FOUND) {
      return found == KEPT;
    }
    boolean kept = luceneTermOf(word, offset, length, false);
    if (remembered() >= MAX_REMEMBERED) {
      shortWords.clear();
      longWords.clear();
    }
    if (packed == ShortWords.UNPACKABLE) {
      longWords.add(word, offset, length, kept ? term : null, termLength);
    } else if (!kept) {
      shortWords.add(packed, length, 0, ShortWords.STOP_WORD);
    } else {
      long packedTerm = ShortWords.pack(term, 0, termLength);
      if (packedTerm != ShortWords.UNPACKABLE) { // always so for Porter's stems, which are never longer than the word
        shortWords.add(packed, length, packedTerm, termLength);
      }
    }
    return kept;
  }

  /**
   * As {@link #termOf} for a word marked as a keyword, which Lucene's filters keep unstemmed; not
   * remembered with the stems. No filter before the English ones marks keywords today.
   */
  boolean keywordTermOf(char[] word, int offset, int length) {
    return luceneTermOf(word, offset, length, true);
  }

  /** The term of the last word kept; valid till the next lookup. */
  char[] term() {
    return term;
  }

  int termLength() {
    return termLength;
  }

  /** How many words the memory holds. */
  int remembered() {
    return shortWords.size() + longWords.size();
  }

  /** The term buffer, with room for {@code length} chars. */
  private char[] termBuffer(int length) {
    if (term.length < length) {
      term = new char[Math.max(length, 2 * term.length)];
    }
    return term;
  }

  /** Runs Lucene's filters over the word; sets the term to what they make of it and says whether they kept it. */
  private boolean luceneTermOf(char[] word, int offset, int length, boolean isKeyword) {
    unseen.set(word, offset, length, isKeyword);
    try {
      lucene.reset();
      boolean kept = lucene.incrementToken();
      if (kept) {
        System.arraycopy(luceneTerm.buffer(), 0, termBuffer(luceneTerm.length()), 0, luceneTerm.length());
        termLength = luceneTerm.length();
      }
      lucene.end();
      lucene.close();
      return kept;
    } catch (IOException e) {
      throw new UncheckedIOException("filtering a word in memory cannot fail", e);
    }
  }

  /**
   * Words of at most eight ASCII characters, and their terms, each packed into a long, a character
   * a byte. A slot is three longs: the word, its term, and the word's length, the term's length (or
   * {@link #STOP_WORD}) and a bit that marks the slot taken. Linear probing.
   */
  private static final class ShortWords {
    static final long UNPACKABLE = -1;
    static final int STOP_WORD = 0xFF;
    private static final long TAKEN = 1L << 62;

    private long[] slots = new long[3 * FIRST_SLOTS];
    private int size;

    /** The word's characters a byte each, or {@link #UNPACKABLE} when it is longer than eight or not ASCII. */
    static long pack(char[] chars, int offset, int length) {
      if (length > 8) {
        return UNPACKABLE;
      }
      long packed = 0;
      for (int i = offset; i < offset + length; i++) {
        char c = chars[i];
        if (c >= 0x80) {
          return UNPACKABLE;
        }
        packed = packed << 8 | c;
      }
      return packed;
    }

    private int firstSlot(long packed, int length) {
      long mixed = (packed + length) * 0x9E3779B97F4A7C15L;
      return (int) (mixed >>> 40) & (slotCount() - 1);
    }

    /** {@link #KEPT} with the word's term written to {@code memory}, {@link #LEFT_OUT} for a stop word, or {@link #NOT_FOUND}. */
    int find(long packed, int length, EnglishTermMemory memory) {
      int mask = slotCount() - 1;
      for (int slot = firstSlot(packed, length); ; slot = (slot + 1) & mask) {
        long meta = slots[3 * slot + 2];
        if (meta == 0) {
          return NOT_FOUND;
        }
        if (slots[3 * slot] == packed && (int) (meta >>> 8 & 0xFF) == length) {
          int termLength = (int) (meta & 0xFF);
          if (termLength == STOP_WORD) {
            return LEFT_OUT;
          }
          long packedTerm = slots[3 * slot + 1];
          char[] chars = memory.termBuffer(termLength);
          for (int i = termLength - 1; i >= 0; i--, packedTerm >>>= 8) {
            chars[i] = (char) (packedTerm & 0xFF);
          }
          memory.termLength = termLength;
          return KEPT;
        }
      }
    }

    void add(long packed, int length, long packedTerm, int termLength) {
      if ((size + 1) * 8 > slotCount() * 3) {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (int slot = 0; slot < old.length; slot += 3) {
          if (old[slot + 2] != 0) {
            put(old[slot], old[slot + 1], old[slot + 2]);
          }
        }
      }
      put(packed, packedTerm, TAKEN | (long) length << 8 | termLength);
    }

    private void put(long packed, long packedTerm, long meta) {
      int mask = slotCount() - 1;
      int slot = firstSlot(packed, (int) (meta >>> 8 & 0xFF));
      while (slots[3 * slot + 2] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[3 * slot] = packed;
      slots[3 * slot + 1] = packedTerm;
      slots[3 * slot + 2] = meta;
      size++;
    }

    private int slotCount() {
      return slots.length / 3;
    }

    int size() {
      return size;
    }

    void clear() {
      Arrays.fill(slots, 0);
      size = 0;
    }
  }

  /**
   * Words too long or not ASCII enough to pack: each slot holds the word's hash, and an array with
   * the word's characters then its term's (none for a stop word). Linear probing.
   */
  private static final class LongWords {
    private int[] hashes = new int[FIRST_SLOTS];
    private char[][] entries = new char[FIRST_SLOTS][];
    /** Where the term starts in each slot's entry (the word's length), or -1 for a stop word. */
    private int[] termStarts = new int[FIRST_SLOTS];
    private int size;

    /** {@link String#hashCode()}'s hash, spread so that words alike in their last letters land apart, lowest bit set. */
    private static int hash(char[] word, int offset, int length) {
      int h = 0;
      for (int i = offset; i < offset + length; i++) {
        h = 31 * h + word[i];
      }
      return (h ^ (h >>> 16)) | 1;
    }

    int find(char[] word, int offset, int length, EnglishTermMemory memory) {
      int hash = hash(word, offset, length);
      int mask = hashes.length - 1;
      for (int slot = hash & mask, seen; (seen = hashes[slot]) != 0; slot = (slot + 1) & mask) {
        char[] entry = entries[slot];
        int termStart = termStarts[slot];
        int wordLength = termStart < 0 ? entry.length : termStart;
        if (seen == hash && wordLength == length && Arrays.equals(entry, 0, length, word, offset, offset + length)) {
          if (termStart < 0) {
            return LEFT_OUT;
          }
          int termLength = entry.length - termStart;
          System.arraycopy(entry, termStart, memory.termBuffer(termLength), 0, termLength);
          memory.termLength = termLength;
          return KEPT;
        }
      }
      return NOT_FOUND;
    }

    /** Remembers the word with its term, or as a stop word when {@code term} is null. */
    void add(char[] word, int offset, int length, char[] term, int termLength) {
      char[] entry = Arrays.copyOfRange(word, offset, offset + length + (term == null ? 0 : termLength));
      if (term != null) {
        System.arraycopy(term, 0, entry, length, termLength);
      }
      if ((size + 1) * 8 > hashes.length * 3) {
        int[] oldHashes = hashes;
        char[][] oldEntries = entries;
        int[] oldTermStarts = termStarts;
        hashes = new int[oldHashes.length * 2];
        entries = new char[hashes.length][];
        termStarts = new int[hashes.length];
        size = 0;
        for (int old = 0; old < oldHashes.length; old++) {
          if (oldHashes[old] != 0) {
            put(oldHashes[old], oldEntries[old], oldTermStarts[old]);
          }
        }
      }
      put(hash(word, offset, length), entry, term == null ? -1 : length);
    }

    private void put(int hash, char[] entry, int termStart) {
      int mask = hashes.length - 1;
      int slot = hash & mask;
      while (hashes[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      hashes[slot] = hash;
      entries[slot] = entry;
      termStarts[slot] = termStart;
      size++;
    }

    int size() {
      return size;
    }

    void clear() {
      Arrays.fill(hashes, 0);
      Arrays.fill(entries, null);
      size = 0;
    }
  }

  /** A stream of the one word put in it, for Lucene's filters to work on in place. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute word = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private boolean pending;

    void set(char[] chars, int offset, int length, boolean isKeyword) {
      word.copyBuffer(chars, offset, length);
      keyword.setKeyword(isKeyword);
      pending = true;
    }

    @Override
    public boolean incrementToken() {
      boolean next = pending;
      pending = false;
      return next;
    }
  }
}
