package org.crosscheck.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Turns exact words into the English fields' terms as Lucene's filters do, one word at a time (the
 * possessive dropped, stop words left out with their positions kept, Porter's stem), remembering
 * each word's answer. News text repeats its words: the same few thousand make most of every
 * paragraph, and the title goes through once per paragraph. One lookup then replaces three filters
 * and Porter's algorithm, which walks the word once per suffix rule. A word not yet seen goes
 * through {@link TextAnalyzers#englishFilters}, so the terms are Lucene's exactly.
 *
 * <p>The lookup is bound by memory, not by computing: a word's entry is one of thousands. Before,
 * the possessive and stop filters ran, then a stem filter looked the word up in Lucene's {@code
 * CharArrayMap}, reading a key and a value array and two strings, more on a long probe path (it
 * fills to four fifths): together 9.7% of indexing's CPU samples over BBC. Most words are short and
 * ASCII, so a word of at most eight ASCII characters and its term are packed into the longs of one
 * slot, a single cache line; longer words keep their characters in arrays of their own. Now 6.7%
 * (docs/BENCHMARKS.md, round 7).
 *
 * <p>Not thread-safe, like every token stream; an analyzer gives each thread its own, and so its own
 * memory.
 */
final class RememberingEnglishFilter extends FilteringTokenFilter {
  /**
   * Beyond this many words the memory starts afresh, so that it stays under about 2 MB per stream
   * whatever the corpus; the words a corpus repeats most come back first.
   */
  static final int MAX_REMEMBERED = 24_576;

  /** Slots in each table at first; a table doubles whenever three slots in eight are taken, so probes stay short. */
  private static final int FIRST_SLOTS = 1_024;

  /** What a lookup finds: nothing, a word with its term, or a stop word. */
  private static final int NOT_FOUND = 0;
  private static final int KEPT = 1;
  private static final int LEFT_OUT = 2;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  /** Words of at most eight ASCII characters whose term is too. */
  private final ShortWords shortWords = new ShortWords();
  /** Every other word. */
  private final LongWords longWords = new LongWords();

  /** Lucene's filters over the one word put in {@link #unseen}. */
  private final OneWord unseen = new OneWord();
  private final TokenStream lucene = TextAnalyzers.englishFilters(unseen);
  private final CharTermAttribute luceneTerm = lucene.getAttribute(CharTermAttribute.class);

  RememberingEnglishFilter(TokenStream exactWords) {
    super(exactWords);
  }

  @Override
  protected boolean accept() throws IOException {
    char[] word = term.buffer();
    int length = term.length();
    if (keyword.isKeyword()) {
      // Not stemmed, so not remembered with the stems; no filter before this one marks keywords today.
      return termOf(word, length, true);
    }
    long packed = ShortWords.pack(word, length);
    int found = packed != ShortWords.UNPACKABLE ? shortWords.find(packed, length, term) : longWords.find(word, length, term);
    if (found != NOT_FOUND) {
      return found == KEPT;
    }
    // The term is written over the word's characters ("extraordinary" becomes "extraordinari"): keep the word.
    char[] unseenWord = packed == ShortWords.UNPACKABLE ? Arrays.copyOf(word, length) : null;
    boolean kept = termOf(word, length, false);
    if (remembered() >= MAX_REMEMBERED) {
      shortWords.clear();
      longWords.clear();
    }
    if (unseenWord != null) {
      longWords.add(unseenWord, length, kept ? term : null);
    } else if (!kept) {
      shortWords.add(packed, length, 0, ShortWords.STOP_WORD);
    } else {
      long packedTerm = ShortWords.pack(term.buffer(), term.length());
      if (packedTerm != ShortWords.UNPACKABLE) { // always so for Porter's stems, which are never longer than the word
        shortWords.add(packed, length, packedTerm, term.length());
      }
    }
    return kept;
  }

  /** How many words the memory holds. */
  int remembered() {
    return shortWords.size() + longWords.size();
  }

  /** Runs Lucene's filters over the word; sets {@link #term} to what they make of it and says whether they kept it. */
  private boolean termOf(char[] word, int length, boolean isKeyword) throws IOException {
    unseen.set(word, length, isKeyword);
    lucene.reset();
    boolean kept = lucene.incrementToken();
    if (kept) {
      term.copyBuffer(luceneTerm.buffer(), 0, luceneTerm.length());
    }
    lucene.end();
    lucene.close();
    return kept;
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
    static long pack(char[] chars, int length) {
      if (length > 8) {
        return UNPACKABLE;
      }
      long packed = 0;
      for (int i = 0; i < length; i++) {
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

    /** {@link #KEPT} with the word's term written to {@code term}, {@link #LEFT_OUT} for a stop word, or {@link #NOT_FOUND}. */
    int find(long packed, int length, CharTermAttribute term) {
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
          char[] chars = term.resizeBuffer(termLength);
          for (int i = termLength - 1; i >= 0; i--, packedTerm >>>= 8) {
            chars[i] = (char) (packedTerm & 0xFF);
          }
          term.setLength(termLength);
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
    private static int hash(char[] word, int length) {
      int h = 0;
      for (int i = 0; i < length; i++) {
        h = 31 * h + word[i];
      }
      return (h ^ (h >>> 16)) | 1;
    }

    int find(char[] word, int length, CharTermAttribute term) {
      int hash = hash(word, length);
      int mask = hashes.length - 1;
      for (int slot = hash & mask, seen; (seen = hashes[slot]) != 0; slot = (slot + 1) & mask) {
        char[] entry = entries[slot];
        int termStart = termStarts[slot];
        int wordLength = termStart < 0 ? entry.length : termStart;
        if (seen == hash && wordLength == length && Arrays.equals(entry, 0, length, word, 0, length)) {
          if (termStart < 0) {
            return LEFT_OUT;
          }
          term.copyBuffer(entry, termStart, entry.length - termStart);
          return KEPT;
        }
      }
      return NOT_FOUND;
    }

    /** Remembers the word with its term, or as a stop word when {@code term} is null. */
    void add(char[] word, int length, CharTermAttribute term) {
      char[] entry = Arrays.copyOf(word, length + (term == null ? 0 : term.length()));
      if (term != null) {
        System.arraycopy(term.buffer(), 0, entry, length, term.length());
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
      put(hash(word, length), entry, term == null ? -1 : length);
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

    void set(char[] chars, int length, boolean isKeyword) {
      word.copyBuffer(chars, 0, length);
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
