package org.crosscheck.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores passages exactly as Lucene's {@link PassageScorer} does, bit for bit, without its cost:
 * Lucene's {@code score} groups a passage's matches by term in a new {@code BytesRefHash}, whose
 * first term allocates a 32 KB block, for every candidate sentence of every hit (a tenth of a
 * search's CPU). A passage holds a few matches, so a linear scan over its distinct terms, in
 * arrays kept from passage to passage, groups them for less.
 *
 * <p>The score is Lucene's: the distinct terms are summed in the order of their first match (the
 * order of the hash's ids), each as {@code tf(freq, passageLength) * weight(contentLength,
 * freqInDoc)} in float added to a double, then multiplied by {@code norm(passageStart)}, with the
 * inherited {@code tf}, {@code weight} and {@code norm}. Keep it so if Lucene's formula changes
 * ({@code AllocationFreePassageScorerTest} compares the two).
 *
 * <p>Not thread-safe: each highlighter has its own.
 */
final class AllocationFreePassageScorer extends PassageScorer {
  /**
   * Above this many matches in one passage, the scan (quadratic in distinct terms) could cost more
   * than the hash, so Lucene's own scoring takes over; sentences rarely come near it.
   */
  static final int MAX_SCANNED_MATCHES = 64;

  private final BytesRef[] terms = new BytesRef[MAX_SCANNED_MATCHES];
  private final int[] freqsInPassage = new int[MAX_SCANNED_MATCHES];
  private final int[] freqsInDoc = new int[MAX_SCANNED_MATCHES];

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    if (matches > MAX_SCANNED_MATCHES) {
      return super.score(passage, contentLength);
    }
    BytesRef[] matchTerms = passage.getMatchTerms();
    int[] matchFreqsInDoc = passage.getMatchTermFreqsInDoc();
    int distinct = 0;
    for (int i = 0; i < matches; i++) {
      int slot = 0;
      while (slot < distinct && !terms[slot].bytesEquals(matchTerms[i])) {
        slot++;
      }
      if (slot == distinct) {
        // As in Lucene, a term's frequency in the document is taken from its first match.
        terms[slot] = matchTerms[i];
        freqsInDoc[slot] = matchFreqsInDoc[i];
        freqsInPassage[slot] = 0;
        distinct++;
      }
      freqsInPassage[slot]++;
    }
    double score = 0d;
    for (int slot = 0; slot < distinct; slot++) {
      score += tf(freqsInPassage[slot], passage.getLength()) * weight(contentLength, freqsInDoc[slot]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
