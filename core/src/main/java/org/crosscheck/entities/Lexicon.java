package org.crosscheck.entities;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every word the extraction rules know, made once into a {@link Word} that answers all they ask of
 * it: which of the rules' {@linkplain WordList word lists} it is on, what the gazetteer says of it,
 * and which longer names and titles it begins. A token looks its word up once; the rules then read
 * bits instead of hashing the token's text a dozen times, and match a name or title of several words
 * by stepping from word to word instead of building the phrase's string and hashing that.
 *
 * <pre>{@code
 * token.word = lexicon.word(token.norm);
 * if (SPEECH_VERBS.contains(token)) ...
 * Lexicon.Phrase p = first.word.then(second.word);   // "Brigadier General"
 * }</pre>
 *
 * <p>Immutable once built, and thread-safe.
 */
final class Lexicon {
  /** Every word no list and no gazetteer name has: on no list, and it begins nothing. */
  static final Word UNKNOWN = new Word();

  private final Map<String, Word> words = new HashMap<>();

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
  }

  /** The word with this {@linkplain Gazetteer#normalize normal form}, or {@link #UNKNOWN}. */
  Word word(String normalized) {
    return words.getOrDefault(normalized, UNKNOWN);
  }

  /** The word with this normal form, made when it is new. */
  private Word add(String normalized) {
    return words.computeIfAbsent(normalized, w -> new Word());
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
    private long lists;
    private boolean givenName;
    private boolean demonym;

    private Word() {}

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
