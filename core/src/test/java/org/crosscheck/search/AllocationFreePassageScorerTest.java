package org.crosscheck.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The passage scorer must give Lucene's float bit for bit: passage scores pick which sentences a
 * hit shows and are part of every search result, so a scorer that rounds once differently would
 * change results that the speed-up promised to leave alone. {@code assertEquals(float, float)}
 * compares the floats' bits.
 */
class AllocationFreePassageScorerTest {
  private final PassageScorer lucene = new PassageScorer();
  private final AllocationFreePassageScorer ours = new AllocationFreePassageScorer();

  /** A passage over [start, end) with one match per term, each two characters apart. */
  private static Passage passage(int start, int end, String[] terms, int[] freqsInDoc) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(end);
    for (int i = 0; i < terms.length; i++) {
      int at = Math.min(start + 2 * i, end);
      passage.addMatch(at, Math.min(at + 1, end), new BytesRef(terms[i]), freqsInDoc[i]);
    }
    return passage;
  }

  private void assertSameScore(Passage passage, int contentLength) {
    assertEquals(lucene.score(passage, contentLength), ours.score(passage, contentLength), passage.toString());
  }

  @Test
  void aPassageWithoutMatchesScoresAsLucenes() {
    assertSameScore(passage(0, 40, new String[0], new int[0]), 40);
    assertSameScore(passage(120, 300, new String[0], new int[0]), 1_000);
  }

  @Test
  void repeatedTermsAreCountedOnceWithTheirFirstMatchesFrequencyInTheDocument() {
    assertSameScore(passage(0, 80, new String[] {"oil", "oil", "price"}, new int[] {3, 3, 1}), 200);
    assertSameScore(passage(15, 95, new String[] {"oil", "price", "oil", "oil", "price"}, new int[] {4, 2, 9, 1, 7}), 95);
    assertSameScore(passage(0, 10, new String[] {"honest mistake", "honest", "honest mistake"}, new int[] {1, 5, 1}), 10);
  }

  @Test
  void termsEqualInBytesButNotInstancesAreOneTerm() {
    Passage passage = new Passage();
    passage.setStartOffset(0);
    passage.setEndOffset(50);
    byte[] padded = "xxoilxx".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    passage.addMatch(0, 3, new BytesRef("oil"), 2);
    passage.addMatch(10, 13, new BytesRef(padded, 2, 3), 2);
    assertSameScore(passage, 50);
  }

  /**
   * Thousands of passages with few to many matches (past the scan limit, where Lucene's own
   * scoring takes over), repeated terms, long and short passages and documents.
   */
  @Test
  void randomPassagesScoreAsLucenes() {
    Random random = new Random(42);
    for (int round = 0; round < 5_000; round++) {
      int matches = round % 10 == 0 ? random.nextInt(AllocationFreePassageScorer.MAX_SCANNED_MATCHES * 2) : random.nextInt(12);
      int vocabulary = 1 + random.nextInt(matches + 1);
      String[] terms = new String[matches];
      int[] freqsInDoc = new int[matches];
      for (int i = 0; i < matches; i++) {
        terms[i] = "t" + random.nextInt(vocabulary);
        freqsInDoc[i] = 1 + random.nextInt(20);
      }
      int start = random.nextInt(5_000);
      int end = start + 2 * matches + random.nextInt(400);
      assertSameScore(passage(start, end, terms, freqsInDoc), end + random.nextInt(20_000));
    }
  }

  @Test
  void oneScorerScoresPassageAfterPassageWithoutCarryingTermsOver() {
    assertSameScore(passage(0, 60, new String[] {"a", "b", "c", "d"}, new int[] {1, 2, 3, 4}), 60);
    assertSameScore(passage(0, 60, new String[] {"b", "b"}, new int[] {7, 7}), 60);
    assertSameScore(passage(0, 60, new String[] {"e"}, new int[] {1}), 60);
  }
}
