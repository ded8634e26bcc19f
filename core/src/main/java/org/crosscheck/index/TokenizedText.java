package org.crosscheck.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
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
 * out on first use, by {@link FastExactWords} when it takes the text, and kept; the exact field
 * replays them, the English fields replay their terms, worked out from the exact words by an
 * {@link EnglishTermMemory} on first use and kept too (a title is indexed once per paragraph),
 * which gives what {@link TextAnalyzers#english()} gives. Both are played to the index writer as
 * {@link ReplayedWords}.
 *
 * <p>The words are worked out when the index writer first asks for them, so a document waiting in
 * a batch holds only its text. Safe to share between threads; the streams it hands out are not, as
 * no token stream is, and the index writer keeps one per field and thread.
 */
final class TokenizedText {
  private static final Analyzer EXACT = TextAnalyzers.exact();

  private final String text;
  private volatile ReplayedWords words;
  private volatile ReplayedWords english;

  TokenizedText(String text) {
    this.text = text;
  }

  /** A field that indexes this text's exact words. */
  Field exactField(String name, FieldType type) {
    return new Field(name, text, type) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        ReplayedWords.Replay replay = reuse instanceof ReplayedWords.Replay previous ? previous : new ReplayedWords.Replay();
        return replay.play(words());
      }
    };
  }

  /** A field that indexes this text's English words. */
  Field englishField(String name, FieldType type) {
    return new Field(name, text, type) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        ReplayedWords.Replay replay = reuse instanceof ReplayedWords.Replay previous ? previous : new ReplayedWords.Replay();
        return replay.play(englishTerms(replay.memory()));
      }
    };
  }

  /** The English terms of the words, worked out with {@code memory} on first use and kept: a title is indexed once per paragraph. */
  private ReplayedWords englishTerms(EnglishTermMemory memory) {
    ReplayedWords terms = english;
    if (terms == null) {
      terms = words().english(memory); // as with the words, two threads would make the same
      english = terms;
    }
    return terms;
  }

  private ReplayedWords words() {
    ReplayedWords known = words;
    if (known == null) {
      known = exactWords(text); // two threads may both work them out: the same words, so no harm
      words = known;
    }
    return known;
  }

  /** The exact words of the text: from {@link FastExactWords} when it takes the text, else from Lucene's exact analyzer. */
  private static ReplayedWords exactWords(String text) {
    ReplayedWords.Builder words = new ReplayedWords.Builder(text.length());
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
}
