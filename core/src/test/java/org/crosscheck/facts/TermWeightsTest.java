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
        stems.add(term.utf8ToString());
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
}
