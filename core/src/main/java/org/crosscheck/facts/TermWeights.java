package org.crosscheck.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.index.Schema;

/**
 * How much a shared stem says: its inverse document frequency in {@link Schema#TEXT}, so "honest"
 * (a few paragraphs) counts for more than "Iraq" (most of them). A stem the corpus never uses gets
 * half the weight of the rarest one: it cannot be matched, but a statement made mostly of such words
 * should not be reported on the strength of its one common word. Thread-safe: the facts report
 * analyses paragraphs on several threads with one, so each stem is looked up in the index once.
 */
final class TermWeights {
  private final IndexReader reader;
  private final int documents;
  private final Map<String, Double> cache = new ConcurrentHashMap<>();

  TermWeights(IndexReader reader) {
    this.reader = reader;
    this.documents = Math.max(1, reader.numDocs());
  }

  /**
   * Weights that know the document frequency of every stem of the index beforehand, read in one pass
   * over each segment's terms. The facts report looks up nearly every stem of the corpus, and one
   * pass costs far less than seeking each stem in every segment.
   */
  static TermWeights ofEveryStem(IndexReader reader) throws IOException {
    TermWeights weights = new TermWeights(reader);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Schema.TEXT);
      if (terms == null) {
        continue;
      }
      TermsEnum stems = terms.iterator();
      for (BytesRef stem = stems.next(); stem != null; stem = stems.next()) {
        weights.frequencies.merge(stem.utf8ToString(), stems.docFreq(), Integer::sum);
      }
    }
    weights.everyStemRead = true;
    return weights;
  }

  /** Whether {@link #frequencies} holds every stem of the index: a stem it lacks is in no paragraph. */
  private boolean everyStemRead;

  /**
   * The place a nationality adjective names, when the index knows the place: "Iraqi" is "Iraq",
   * "Iranian" is "Iran", "American" is "America". Only for words written as names; other stems come
   * back as they are.
   */
  String placeOf(String nameStem) {
    String known = places.get(nameStem);
    if (known != null) {
      return known;
    }
    return places.computeIfAbsent(nameStem, stem -> {
      for (String suffix : DEMONYM_ENDINGS) {
        if (stem.endsWith(suffix) && stem.length() - suffix.length() >= 4) {
          String place = stem.substring(0, stem.length() - suffix.length());
          if (documentFrequency(place) > 0) {
            return place;
          }
        }
      }
      return stem;
    });
  }

  private static final List<String> DEMONYM_ENDINGS = List.of("ian", "i", "n");
  private final Map<String, String> places = new ConcurrentHashMap<>();

  /** The weight of a word that only one paragraph of the corpus uses. */
  double rarest() {
    return idf(1);
  }

  double of(String stem) {
    Double weight = cache.get(stem);
    return weight != null ? weight : cache.computeIfAbsent(stem, this::compute);
  }

  /** How many paragraphs use the stem. */
  int documentFrequency(String stem) {
    Integer frequency = frequencies.get(stem);
    return frequency != null ? frequency : frequencies.computeIfAbsent(stem, s -> everyStemRead ? 0 : readDocumentFrequency(s));
  }

  private final Map<String, Integer> frequencies = new ConcurrentHashMap<>();

  private int readDocumentFrequency(String stem) {
    try {
      return reader.docFreq(new Term(Schema.TEXT, stem));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read term statistics: " + e.getMessage(), e);
    }
  }

  private double compute(String stem) {
    int df = documentFrequency(stem);
    return df == 0 ? idf(1) / 2 : idf(df);
  }

  /** BM25's idf, always positive. */
  private double idf(int df) {
    return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
  }
}
