package org.crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.crosscheck.Crosscheck;
import org.crosscheck.Span;
import org.crosscheck.TestCorpora;
import org.crosscheck.index.IndexedParagraph;
import org.crosscheck.index.ParagraphDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts report scores with {@link PackedScorer}, the same-fact query with {@link FactScorer}: on
 * every sentence of the seeds against every sentence and every two sentences in a row, the two must
 * give the same score to the last bit, and with a floor either that score or a value below the floor.
 * When FactScorer's formula changes, this fails until PackedScorer follows.
 */
class PackedScorerTest {
  @TempDir static Path index;

  /** Thresholds to check the short cut for: from below the default to above the facts report's. */
  private static final double[] FLOORS = {0.2, 0.3, 0.45, 0.6};

  private record Unit(String id, FactUnit unit, PackedUnit packed) {}

  @Test
  void scoresEveryPairOfSeedSentencesAsFactScorerDoes() throws IOException {
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      crosscheck.index(TestCorpora.seeds());
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      TermWeights weights = new TermWeights(reader);
      TermIds ids = new TermIds();
      List<Unit> sentences = new ArrayList<>();
      List<Unit> passages = new ArrayList<>();
      StoredFields stored = new IndexSearcher(reader).storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        IndexedParagraph paragraph = ParagraphDocuments.fromStored(stored.document(doc));
        AnalyzedText text = AnalyzedText.of(paragraph.paragraph().text());
        List<Span> spans = paragraph.paragraph().sentences();
        for (int i = 0; i < spans.size(); i++) {
          Span sentence = spans.get(i);
          String id = paragraph.id() + "@" + sentence.start();
          FactUnit unit = FactUnit.of(text, sentence, weights);
          Unit packed = new Unit(id, unit, PackedUnit.of(unit, ids));
          sentences.add(packed);
          passages.add(packed);
          if (i + 1 < spans.size()) {
            FactUnit both = FactUnit.of(text, new Span(sentence.start(), spans.get(i + 1).end()), weights, 2);
            passages.add(new Unit(id + "+next", both, PackedUnit.of(both, ids)));
          }
        }
      }
      PackedScorer scorer = new PackedScorer(ids.stemWeights(weights), weights.rarest());
      int compared = 0;
      int withNumbers = 0;
      int withQuotes = 0;
      int reporting = 0;
      for (Unit fact : sentences) {
        for (Unit passage : passages) {
          Signals expected = FactScorer.score(FactScorer.Kind.SENTENCE, fact.unit(), passage.unit(), weights);
          double actual = scorer.score(fact.packed(), passage.packed());
          assertEquals(Double.doubleToLongBits(expected.score()), Double.doubleToLongBits(actual),
              () -> fact.id() + " against " + passage.id() + ": FactScorer " + expected + ", PackedScorer " + actual);
          for (double floor : FLOORS) {
            double bounded = scorer.score(fact.packed(), passage.packed(), floor);
            if (expected.score() >= floor) {
              assertEquals(Double.doubleToLongBits(expected.score()), Double.doubleToLongBits(bounded), fact.id() + " against " + passage.id());
            } else {
              assertTrue(bounded < floor, () -> fact.id() + " against " + passage.id() + " scores " + expected.score() + ", not " + bounded);
            }
          }
          compared++;
          withNumbers += expected.numbers() > 0 ? 1 : 0;
          withQuotes += expected.quotes() > 0 ? 1 : 0;
          reporting += expected.score() >= SameFactOptions.DEFAULT_PARAGRAPH_THRESHOLD ? 1 : 0;
        }
      }
      // Every signal took part, so the comparison covers the whole formula.
      assertTrue(compared > 30_000, "pairs compared: " + compared);
      assertTrue(withNumbers >= 10 && withQuotes > 1_000 && reporting > 500,
          "pairs with shared numbers " + withNumbers + ", shared quoted words " + withQuotes + ", reaching the threshold " + reporting);
    }
  }
}
