package org.crosscheck.facts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.apache.lucene.search.IndexSearcher;

/**
 * The facts report: every sentence of the corpus grouped with the sentences of other outlets that
 * state the same thing.
 *
 * <p>The claims ({@link CorpusClaims}: body sentences, each paragraph text analysed once, identical
 * claims of one source grouped) are filed under their rarest stems. Each claim's candidates in other
 * outlets are the claims filed with it, ranked as the index would rank a disjunction of the shared
 * keys, and the best few per outlet are scored ({@link PackedScorer}); the passages that reach the
 * paragraph threshold plus {@link #ECHO_MARGIN} are the claim's echoes. The work per claim is
 * bounded, so the report grows linearly with the corpus, never with the square of it. Then claims
 * are grouped greedily around the claim that the most outlets echo (star clustering): it becomes the
 * representative, its echoes join it, and a claim joins one fact at most.
 *
 * <p>Echoes are found on every core, one group of identical claims at a time (identical claims have
 * the same echoes); the result does not depend on the threads. Stateless; runs on the searcher it is
 * given.
 */
public final class CorpusFactFinder {
  /**
   * How much more than the paragraph threshold an echo must score. The report compares every
   * sentence with the rest of the corpus, so chance matches are many more than in one query, and a
   * chance match can chain two facts into one group.
   */
  static final double ECHO_MARGIN = 0.15;

  /** A key filed under more claims than this is too common to block on. */
  static final int MAX_BLOCK = 200;

  /** Groups of claims per parallel task. */
  private static final int CHUNK = 256;

  private CorpusFactFinder() {}

  /**
   * The passage of another outlet that states the same as a claim.
   *
   * @param source the outlet's number in {@link CorpusClaims}
   * @param claim the claim whose sentence (with the next one, when that scores enough more) is the passage
   * @param score the passage's score against the claim
   */
  private record Echo(int source, int claim, double score) {}

  private static final Echo[] NO_ECHOES = new Echo[0];

  public static FactsReport report(IndexSearcher searcher, SameFactOptions options) throws IOException {
    List<String> sources = Sources.all(searcher);
    CorpusClaims claims = CorpusClaims.read(searcher);
    Echo[][] echoes = echoes(claims, options.paragraphThreshold() + ECHO_MARGIN, options.candidatesPerOutlet());
    double[] echoScores = new double[claims.groupCount()];
    for (int g = 0; g < echoScores.length; g++) {
      echoScores[g] = Arrays.stream(echoes[g]).mapToDouble(Echo::score).sum();
    }

    // Representatives first: the claim the most outlets echo, then the higher total score, then the key.
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < claims.claimCount(); c++) {
      if (echoes[claims.group(c)].length > 0) {
        order.add(c);
      }
    }
    String[] keys = new String[claims.claimCount()];
    order.forEach(c -> keys[c] = claims.key(c));
    order.sort(Comparator.comparingInt((Integer c) -> -echoes[claims.group(c)].length)
        .thenComparingDouble(c -> -echoScores[claims.group(c)])
        .thenComparing(c -> keys[c]));
    boolean[] taken = new boolean[claims.claimCount()];
    List<CorpusFact> facts = new ArrayList<>();
    for (int claim : order) {
      if (taken[claim]) {
        continue;
      }
      taken[claim] = true;
      CorpusFact.Mention representative = mention(claims, claim, 1.0);
      List<CorpusFact.Mention> mentions = new ArrayList<>(List.of(representative));
      for (Echo echo : echoes[claims.group(claim)]) {
        if (!taken[echo.claim()]) {
          taken[echo.claim()] = true;
          mentions.add(mention(claims, echo.claim(), echo.score()));
        }
      }
      if (mentions.size() > 1) {
        mentions.subList(1, mentions.size()).sort(Comparator.comparing(CorpusFact.Mention::outlet));
        facts.add(new CorpusFact(representative, mentions));
      } else {
        taken[claim] = false;
      }
    }
    facts.sort(Comparator.comparingInt((CorpusFact f) -> -f.outletCount())
        .thenComparingDouble(f -> -f.mentions().stream().mapToDouble(CorpusFact.Mention::score).sum())
        .thenComparing(f -> f.representative().paragraphId()));

    List<CorpusFact> unique = new ArrayList<>();
    for (int c = 0; c < claims.claimCount(); c++) {
      if (echoes[claims.group(c)].length == 0 && !taken[c]) {
        CorpusFact.Mention only = mention(claims, c, 1.0);
        unique.add(new CorpusFact(only, List.of(only)));
      }
    }
    return new FactsReport(sources.size(), facts, unique);
  }

  /**
   * The echoes of each group of identical claims. Candidates come from blocking on rare terms: each
   * claim is filed under its {@link CorpusClaims#BLOCKING_KEYS} rarest stems that some other paragraph
   * also uses; the claims filed with it are ranked by the summed weight of the keys they share (as the
   * index would rank a disjunction of them), and the best {@link SameFactOptions#candidatesPerOutlet()}
   * of each outlet (8 by default, as in a single query; ties in id order) are scored. A fact told in
   * two outlets shares rare words: the scorer weighs words by rarity, so a sentence that shares none
   * of a claim's rarest words cannot reach the threshold. A key filed under more than {@link
   * #MAX_BLOCK} claims is too common to say anything and is skipped, so the work per claim is bounded.
   * An outlet's echo is its best-scoring candidate that reaches the threshold (ties to the better
   * ranked). Copies of one sentence rank the same and score the same: each group is scored once.
   */
  private static Echo[][] echoes(CorpusClaims claims, double threshold, int perOutlet) {
    Echo[][] echoes = new Echo[claims.groupCount()][];
    ConcurrentLinkedQueue<EchoSearch> idle = new ConcurrentLinkedQueue<>();
    IntStream.range(0, (claims.groupCount() + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
      EchoSearch search = idle.poll();
      if (search == null) {
        search = new EchoSearch(claims, threshold, perOutlet);
      }
      for (int g = chunk * CHUNK; g < Math.min(claims.groupCount(), (chunk + 1) * CHUNK); g++) {
        echoes[g] = search.echoes(g);
      }
      idle.add(search);
    });
    return echoes;
  }

  /** The search for one group's echoes, with its scratch space, reused from group to group. Not thread-safe. */
  private static final class EchoSearch {
    private final CorpusClaims claims;
    private final double threshold;
    private final int perOutlet;
    private final PackedScorer scorer;
    /** Each candidate group's rank: the summed weight of the keys it shares with the claim; 0 if none. */
    private final double[] rank;
    private final int[] touched;
    /** Per source, its best-ranked candidate claims, best first. */
    private final int[][] best;
    private final int[] bestCount;
    private final int[] sourcesByName;

    EchoSearch(CorpusClaims claims, double threshold, int perOutlet) {
      this.claims = claims;
      this.threshold = threshold;
      this.perOutlet = perOutlet;
      this.scorer = new PackedScorer(claims.stemWeights(), claims.rarest());
      this.rank = new double[claims.groupCount()];
      this.touched = new int[claims.groupCount()];
      this.best = new int[claims.sourceCount()][perOutlet + 1];
      this.bestCount = new int[claims.sourceCount()];
      this.sourcesByName = claims.sourcesByName();
    }

    Echo[] echoes(int group) {
      CorpusClaims.Sentence sentence = claims.sentence(group);
      int source = claims.source(group);
      int count = 0;
      for (int k = 0; k < sentence.keys().length; k++) {
        int key = sentence.keys()[k];
        if (claims.blockSize(key) > MAX_BLOCK) {
          continue;
        }
        double weight = claims.stemWeights()[key];
        for (int f = claims.filedFrom(key); f < claims.filedTo(key); f++) {
          int other = claims.filed(f);
          if (claims.source(other) != source) {
            if (rank[other] == 0) {
              touched[count++] = other;
            }
            rank[other] += weight;
          }
        }
      }
      // The best-ranked claims of each outlet, ties in id order. A group's claims rank the same and
      // come in id order: once one does not make the list, the later ones will not either.
      for (int t = 0; t < count; t++) {
        int other = touched[t];
        int[] list = best[claims.source(other)];
        for (int m = 0; m < claims.memberCount(other); m++) {
          if (!offer(list, claims.source(other), claims.member(other, m), rank[other])) {
            break;
          }
        }
      }
      List<Echo> found = new ArrayList<>();
      for (int s : sourcesByName) {
        int listed = bestCount[s];
        if (listed == 0) {
          continue;
        }
        Echo echo = null;
        int scoredGroup = -1;
        double score = 0;
        for (int i = 0; i < listed; i++) {
          int candidate = best[s][i];
          int candidateGroup = claims.group(candidate);
          if (candidateGroup != scoredGroup) {
            scoredGroup = candidateGroup;
            score = score(sentence.unit(), claims.sentence(candidateGroup));
          }
          if (score >= threshold && (echo == null || score > echo.score())) {
            echo = new Echo(s, candidate, score);
          }
        }
        bestCount[s] = 0;
        if (echo != null) {
          found.add(echo);
        }
      }
      for (int t = 0; t < count; t++) {
        rank[touched[t]] = 0;
      }
      return found.isEmpty() ? NO_ECHOES : found.toArray(Echo[]::new);
    }

    /** Puts a claim in its outlet's list of best-ranked candidates if it makes it; false if it does not. */
    private boolean offer(int[] list, int source, int claim, double claimRank) {
      int at = bestCount[source];
      while (at > 0 && (rankOf(list[at - 1]) < claimRank || (rankOf(list[at - 1]) == claimRank && list[at - 1] > claim))) {
        at--;
      }
      if (at >= perOutlet) {
        return false;
      }
      System.arraycopy(list, at, list, at + 1, bestCount[source] - at);
      list[at] = claim;
      bestCount[source] = Math.min(perOutlet, bestCount[source] + 1);
      return true;
    }

    private double rankOf(int claim) {
      return rank[claims.group(claim)];
    }

    /**
     * A claim's score against a passage, a second sentence counting only when it adds enough (as in a
     * query); when it cannot reach the threshold, any value below it.
     */
    private double score(PackedUnit claim, CorpusClaims.Sentence passage) {
      double single = scorer.score(claim, passage.unit(), threshold);
      if (passage.withNext() == null) {
        return single;
      }
      double both = scorer.score(claim, passage.withNext(), threshold);
      if (both < threshold) {
        // The best is the sentence alone, or something below the threshold.
        return single;
      }
      if (single < threshold) {
        single = scorer.score(claim, passage.unit());
      }
      return both - single > SameFactFinder.SECOND_SENTENCE_GAIN ? Math.max(single, both) : single;
    }
  }

  private static CorpusFact.Mention mention(CorpusClaims claims, int claim, double score) {
    int group = claims.group(claim);
    return new CorpusFact.Mention(claims.sourceName(claims.source(group)), claims.paragraphId(claim), claims.sentence(group).text(), score);
  }
}
