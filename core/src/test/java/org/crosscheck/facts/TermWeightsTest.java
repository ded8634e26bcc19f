package org.crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.Crosscheck;
import org.crosscheck.TestCorpora;
import org.crosscheck.index.EnglishStems;
import org.crosscheck.index.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Term weights read stem by stem (a query) and all at once (the facts report) agree. */
class TermWeightsTest {
  @TempDir static Path index;

  @Test
  void everyStemReadAtOnceWeighsAsLookedUpOneByOne() throws IOException {
    try (Crosscheck crosscheck = Crosscheck.open(index)) {
      crosscheck.index(TestCorpora.seeds());
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      List<String> stems = new ArrayList<>(List.of("zzzunseen", "iraqi", ""));
      TermsEnum terms = MultiTerms.getTerms(reader, Schema.TEXT).iterator();
      for (BytesRef term = terms.next(); term != null; term = terms.next()) {
        String stem = EnglishStems.stemOfTerm(term.utf8ToString());
        stems.add(stem == null ? term.utf8ToString() : stem); // a word with its stem marked beside it is no stem: none
      }
      assertTrue(stems.size() > 500, "stems of the seeds: " + stems.size());
      TermWeights oneByOne = new TermWeights(reader);
      TermWeights atOnce = TermWeights.ofEveryStem(reader);
      for (String stem : stems) {
        assertEquals(oneByOne.documentFrequency(stem), atOnce.documentFrequency(stem), stem);
        assertEquals(oneByOne.of(stem), atOnce.of(stem), stem);
        assertEquals(oneByOne.placeOf(stem), atOnce.placeOf(stem), stem);
      }
      assertEquals(0, atOnce.documentFrequency("zzzunseen"));
    }
  }

  @TempDir Path corpus;
  @TempDir Path smallIndex;

  /**
   * "troops" and "troop" are one stem under two terms: a paragraph with both counts once. Enough
   * paragraphs that the postings span several blocks, and one with both right after one with
   * "troops" alone, where counting them must not ask a posting list to move to where it stands.
   */
  @Test
  void aParagraphHoldingAStemUnderBothItsTermsCountsOnce() throws IOException {
    StringBuilder article = new StringBuilder("Title\n\n");
    for (int i = 0; i < 600; i++) {
      article.append(switch (i % 5) {
        case 0, 3 -> "Troops moved on day " + i + ".";
        case 1 -> "The troop and the troops moved on day " + i + ".";
        case 2 -> "A troop stayed on day " + i + ".";
        default -> "Nothing happened on day " + i + ".";
      }).append("\n\n");
    }
    TestCorpora.write(corpus, "a.txt", article.toString());
    try (Crosscheck crosscheck = Crosscheck.open(smallIndex)) {
      crosscheck.index(corpus);
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(smallIndex))) {
      assertEquals(480, new TermWeights(reader).documentFrequency("troop"));
      assertEquals(480, TermWeights.ofEveryStem(reader).documentFrequency("troop"));
      assertEquals(0, new TermWeights(reader).documentFrequency("troops"), "a word whose stem differs is no stem");
    }
  }
}
