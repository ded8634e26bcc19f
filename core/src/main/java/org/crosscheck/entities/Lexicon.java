package org.crosscheck.entities;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every word the extraction rules know, made once into a {@link Word} that answers all they ask of
 * it: which of the rules' {@linkplain WordList word lists} it is on, what the gazetteer says of it,
 * and which longer names and titles it begins. The tokenizer looks each token's word up once; the
 * rules then read bits instead of hashing the token's text a dozen times, and match a name or title
 * of several words by stepping from word to word instead of building the phrase's string.
 *
 * <pre>{@code
 * Lexicon.Word word = lexicon.word("said");
 * if (SPEECH_VERBS.contains(token)) ...
 * Lexicon.Phrase p = first.word.then(second.word);   // "Brigadier General"
 * }</pre>
 *
 * <p>Immutable once built, and thread-safe.
 */
final class Lexicon {
  /** Every word no list and no gazetteer name has: on no list, and it begins nothing. */
  static final Word UNKNOWN = new Word(null);

  /** The words while the lexicon is built; then {@link #table} holds them. */
  private final Map<String, Word> words = new HashMap<>();

  /**
   * The words in an open-addressing table, each in the first free slot from its spread hash on.
   * Words are looked up from a token's chars, with no string made for the token; {@link #hashes}
   * turns most unknown words (half the tokens) away after reading one small array.
   */
  private final Word[] table;

  /** The hash of the word in the same slot of {@link #table}, with its lowest bit set; 0 for an empty slot. */
  private final int[] hashes;

  /**
   * The word in the same slot of {@link #table} packed a char a byte with its length ({@link
   * #pack}), or {@link #UNPACKED} when it is longer or not ASCII. A token's chars are compared with
   * it rather than with the word's string: reading the word object and then its string's chars was
   * two more places in memory for every token, a sixth of extraction's time.
   */
  private final long[] packed;

  /** No packed form: the word has more than {@link #PACKED_CHARS} chars, or one that is not ASCII. */
  private static final long UNPACKED = -1;

  /** The most chars a packed word holds: seven bytes of chars and one of length. */
  private static final int PACKED_CHARS = 7;

  /**
   * @param gazetteer the names, titles, given names and demonyms
   * @param lists every word list the rules test tokens against; a list left out here never matches
   */
  Lexicon(Gazetteer gazetteer, Collection<WordList> lists) {
    for (Map.Entry<String, Gazetteer.Entry> name : gazetteer.names().entrySet()) {
      phrase(name.getKey()).name = name.getValue();
    }
    for (String title : gazetteer.titles()) {
      phrase(title).title = true;
    }
    for (String givenName : gazetteer.givenNames()) {
      add(givenName).givenName = true;
    }
    for (String demonym : gazetteer.demonyms()) {
      add(demonym).demonym = true;
    }
    for (WordList list : lists) {
      for (String w : list.words) {
        add(w).lists |= list.bit;
      }
    }
    // At most half full: probes stay short, and the hashes fit in a few KB of cache.
    int size = Integer.highestOneBit(Math.max(8, words.size() * 2 - 1)) << 1;
    table = new Word[size];
    hashes = new int[size];
    packed = new long[size];
    for (Word w : words.values()) {
      int slot = slot(w.hash);
      while (table[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      table[slot] = w;
      hashes[slot] = w.hash | 1;
      char[] chars = w.norm.toCharArray();
      // A normal form has no capitals; were one there, no token would spell it, packed or not.
      packed[slot] = w.norm.chars().anyMatch(c -> c >= 'A' && c <= 'Z') ? UNPACKED : pack(chars, 0, chars.length);
    }
  }

  /**
   * The chars with the ASCII capitals made lower case, a byte each, above their count; or {@link
   * #UNPACKED} when there are more than {@link #PACKED_CHARS} or one is not ASCII.
   */
  private static long pack(char[] chars, int start, int end) {
    if (end - start > PACKED_CHARS) {
      return UNPACKED;
    }
    long packed = 0;
    for (int k = start; k < end; k++) {
      char c = chars[k];
      if (c >= 0x80) {
        return UNPACKED;
      }
      packed = packed << 8 | (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return packed << 8 | (end - start);
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (table.length - 1);
  }

  /** The word with this {@linkplain Gazetteer#normalize normal form}, or {@link #UNKNOWN}. */
  Word word(String normalized) {
    int hash = normalized.hashCode();
    for (int slot = slot(hash); hashes[slot] != 0; slot = (slot + 1) & (table.length - 1)) {
      if (hashes[slot] == (hash | 1) && table[slot].norm.equals(normalized)) {
        return table[slot];
      }
    }
    return UNKNOWN;
  }

  /**
   * The word whose normal form is {@code chars[start, end)} with the ASCII capitals made lower case,
   * or {@link #UNKNOWN}: the lookup of a word that needs no other change to be normal, without a
   * string made for it.
   *
   * @param hash the {@link String#hashCode()} of that normal form
   */
  Word word(char[] chars, int start, int end, int hash) {
    long token = pack(chars, start, end);
    for (int slot = slot(hash); hashes[slot] != 0; slot = (slot + 1) & (table.length - 1)) {
      if (hashes[slot] == (hash | 1)
          && (token != UNPACKED ? packed[slot] == token : table[slot].isSpelledBy(chars, start, end))) {
        return table[slot];
      }
    }
    return UNKNOWN;
  }

  /** The word with this normal form, made when it is new. */
  private Word add(String normalized) {
    return words.computeIfAbsent(normalized, Word::new);
  }

  /**
   * The phrase of a normalised name or title, made with all its shorter beginnings. Its words are
   * those {@code split(" ")} gives: a token's normal form never holds a space, so tokens spell a
   * phrase exactly when their normal forms joined by spaces are its string.
   */
  private Phrase phrase(String normalized) {
    String[] parts = normalized.split(" ", -1);
    Phrase phrase = add(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      Word next = add(parts[i]);
      if (phrase.longer.isEmpty()) {
        phrase.longer = new HashMap<>();
      }
      phrase = phrase.longer.computeIfAbsent(next, w -> new Phrase());
    }
    return phrase;
  }

  /** Words in a row: one word, or a gazetteer name's or title's first words. */
  static class Phrase {
    private Gazetteer.Entry name;
    private boolean title;
    /** The phrases one word longer, by that word; words are keyed by identity. */
    private Map<Word, Phrase> longer = Map.of();

    /** The gazetteer's entry when these words are a whole name (its type is null for a name that is no entity), else null. */
    Gazetteer.Entry name() {
      return name;
    }

    /** Whether these words are a whole title or rank ("Gen.", "Brigadier General"). */
    boolean isTitle() {
      return title;
    }

    /** These words followed by {@code next}, or null when no name or title goes on that way. */
    Phrase then(Word next) {
      return longer.get(next);
    }
  }

  /** One normalised word: the phrase of that word alone, and the lists it is on. */
  static final class Word extends Phrase {
    /** The word's normal form; tokens of the word share this string. */
    final String norm;
    /** The normal form with its first letter a capital, shared by tokens so written; null when it starts with no ASCII letter. */
    final String titleCase;
    private final int hash;
    private long lists;
    private boolean givenName;
    private boolean demonym;

    private Word(String norm) {
      this.norm = norm;
      this.hash = norm == null ? 0 : norm.hashCode();
      this.titleCase = norm != null && !norm.isEmpty() && norm.charAt(0) >= 'a' && norm.charAt(0) <= 'z'
          ? (char) (norm.charAt(0) - ('a' - 'A')) + norm.substring(1)
          : null;
    }

    /** Whether {@code chars[start, end)}, its ASCII capitals made lower case, is this word. */
    private boolean isSpelledBy(char[] chars, int start, int end) {
      if (norm.length() != end - start) {
        return false;
      }
      for (int k = start; k < end; k++) {
        char c = chars[k];
        if (norm.charAt(k - start) != (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)) {
          return false;
        }
      }
      return true;
    }

    boolean isGivenName() {
      return givenName;
    }

    boolean isDemonym() {
      return demonym;
    }
  }

  /**
   * A list of words the rules test tokens against ("said", "told", ... are the speech verbs). Each
   * list owns one bit of a {@link Word}; {@link #contains(Token)} reads it from the token's word.
   * Immutable.
   */
  static final class WordList {
    /** Bits handed out so far; lists are made while the extractor's class is initialised. */
    private static int made;

    private final long bit;
    private final List<String> words;

    private WordList(Collection<String> words) {
      synchronized (WordList.class) {
        if (made == Long.SIZE) {
          throw new IllegalStateException("a lexicon holds at most " + Long.SIZE + " word lists");
        }
        this.bit = 1L << made++;
      }
      this.words = List.copyOf(words);
    }

    /** A list of words, each in normal form (lower case, no periods). */
    static WordList of(String... words) {
      return new WordList(List.of(words));
    }

    /** A list of the keys of a table, so that a token is looked up in the table only when it is there. */
    static WordList of(Collection<String> words) {
      return new WordList(words);
    }

    /** Whether the token's normal form is on this list. */
    boolean contains(Token token) {
      return (token.word.lists & bit) != 0;
    }
  }
}
