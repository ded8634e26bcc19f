package org.crosscheck.index;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the paragraph index. Both text analyzers first fold typographic quotes and
 * apostrophes to plain ones (news copy uses ’ where a user types '), split on Unicode word
 * boundaries, lower-case and fold accents ("détente" matches "detente"). The exact one keeps every
 * word so; the English one then drops possessive endings and stop words, and stems. The English
 * words are the exact words filtered further, so the index can tokenize a paragraph once for both
 * fields ({@link TokenizedText}).
 */
public final class TextAnalyzers {
  private TextAnalyzers() {}

  /**
   * Reads typographic quotes and apostrophes as plain ones: ’ and ‘ as ', “ and ” as ". Each is one
   * char for one, so offsets need no correcting; that makes it much cheaper than a {@code
   * MappingCharFilter}, which looks every char up in a map, on the hot path of indexing.
   */
  static final class TypographicQuotes extends CharFilter {
    TypographicQuotes(Reader in) {
      super(in);
    }

    @Override
    protected int correct(int currentOff) {
      return currentOff;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int read = input.read(buffer, offset, length);
      for (int i = offset; i < offset + read; i++) {
        char c = buffer[i];
        if (c >= '‘' && c <= '”') {
          if (c == '‘' || c == '’') {
            buffer[i] = '\'';
          } else if (c == '“' || c == '”') {
            buffer[i] = '"';
          }
        }
      }
      return read;
    }
  }

  /** Stemmed English text with stop words removed: the default search field. */
  public static Analyzer english() {
    return new QuoteFoldingAnalyzer() {
      @Override
      TokenStream filter(TokenStream words) {
        return englishWords(exactWords(words));
      }
    };
  }

  /** Every word lower-cased, nothing stemmed or dropped: exact phrases and quotes. */
  public static Analyzer exact() {
    return new QuoteFoldingAnalyzer() {
      @Override
      TokenStream filter(TokenStream words) {
        return exactWords(words);
      }
    };
  }

  /** The tokenizer's words as the exact field holds them: lower-cased, accents folded. */
  private static TokenStream exactWords(TokenStream words) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(words));
  }

  /**
   * The exact words as the English fields hold them: {@link #englishFilters}, with each word's
   * answer remembered ({@link RememberingEnglishFilter}).
   */
  static TokenStream englishWords(TokenStream exactWords) {
    return new RememberingEnglishFilter(exactWords);
  }

  /**
   * Lucene's filters that make English terms of exact words. The possessive filter reads an 's' of
   * either case after any apostrophe folding leaves, so running it after folding drops the same
   * endings (and a few more: "’ſ" folds to "'s"); the index and the queries both run it here.
   */
  static TokenStream englishFilters(TokenStream exactWords) {
    TokenStream stream = new EnglishPossessiveFilter(exactWords);
    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    return new PorterStemFilter(stream);
  }

  /**
   * The part both text analyzers share: typographic quotes folded before tokenizing, Unicode word
   * boundaries, and lower-cased, accent-folded normalisation of wildcard and fuzzy terms.
   */
  private abstract static class QuoteFoldingAnalyzer extends Analyzer {
    /** The filters after the tokenizer. */
    abstract TokenStream filter(TokenStream words);

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new TypographicQuotes(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, filter(source));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
      return new TypographicQuotes(reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return exactWords(in);
    }
  }

  /** The analyzer for each field: English for text and title, exact for the exact text, entity names split on spaces, keywords elsewhere. */
  public static Analyzer perField() {
    Analyzer english = english();
    Analyzer names = entityNames();
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
        Schema.TEXT, english,
        Schema.TITLE, english,
        Schema.TEXT_EXACT, exact(),
        Schema.PERSON_NAME, names,
        Schema.ORG_NAME, names,
        Schema.PLACE_NAME, names,
        Schema.SPEAKER_NAME, names));
  }

  /**
   * Canonical entity keys (already folded, see {@code EntityKeys}) split on spaces. The large gap
   * between values keeps a phrase from matching across two entities of one paragraph.
   */
  public static Analyzer entityNames() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new WhitespaceTokenizer());
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return 100;
      }
    };
  }

  /** The English stop words, for code that weighs query terms. */
  public static CharArraySet stopWords() {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  }
}
