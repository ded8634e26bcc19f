package org.crosscheck.facts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.crosscheck.Span;
import org.crosscheck.index.IndexedParagraph;
import org.crosscheck.index.ParagraphDocuments;
import org.crosscheck.index.Schema;
import org.crosscheck.ingest.ParagraphKind;

/**
 * The facts report: every sentence of the corpus grouped with the sentences of other outlets that
 * state the same thing.
 *
 * <p>Each sentence (a sentence repeated within one article counts once) asks the index for its
 * best-ranked paragraphs in the other outlets, exactly as a paragraph query does, and keeps the
 * passages that reach the paragraph threshold: a sentence costs one index query and a bounded number
 * of alignments, so the report grows linearly with the corpus, never with the square of it. Then
 * sentences are grouped greedily around the sentence that the most outlets echo (star clustering): it
 * becomes the representative, its echoes join it, and a sentence joins one fact at most.
 *
 * <p>Stateless; runs on the searcher it is given.
 */
public final class CorpusFactFinder {
  /**
   * How much more than the paragraph threshold an echo must score. The report compares every
   * sentence with the rest of the corpus, so chance matches are many more than in one query, and a
   * chance match can chain two facts into one group.
   */
  static final double ECHO_MARGIN = 0.15;


  /** How many of a claim's rarest stems it is filed under for blocking: a sentence's fact lies in its rarest words. */
  static final int BLOCKING_KEYS = 12;
  /** A key filed under more claims than this is too common to block on. */
  static final int MAX_BLOCK = 200;

  private static final Sort BY_ID = new Sort(new SortField(Schema.ID, SortField.Type.STRING));

  private CorpusFactFinder() {}

  /** One sentence of the corpus that says enough to be looked for elsewhere. */
  private record Claim(String key, String source, IndexedParagraph paragraph, Span span, FactUnit unit, List<FactUnit> windows) {}

  /** Another outlet's sentence that states the same as a claim. */
  private record Echo(String source, String claimKey, double score) {}

  public static FactsReport report(IndexSearcher searcher, SameFactOptions options) throws IOException {
    TermWeights weights = new TermWeights(searcher.getIndexReader());
    List<Claim> claims = claims(searcher, weights);
    Map<String, Claim> byKey = new LinkedHashMap<>();
    claims.forEach(c -> byKey.put(c.key(), c));
    List<String> sources = Sources.all(searcher);
    Map<String, List<Echo>> echoes = echoes(claims, weights, options.paragraphThreshold() + ECHO_MARGIN, options.candidatesPerOutlet());

    List<Claim> order = new ArrayList<>(claims);
    order.sort(Comparator.comparingInt((Claim c) -> -echoes.get(c.key()).size())
        .thenComparingDouble(c -> -echoes.get(c.key()).stream().mapToDouble(Echo::score).sum())
        .thenComparing(Claim::key));
    Set<String> taken = new HashSet<>();
    List<CorpusFact> facts = new ArrayList<>();
    for (Claim claim : order) {
      if (taken.contains(claim.key()) || echoes.get(claim.key()).isEmpty()) {
        continue;
      }
      taken.add(claim.key());
      CorpusFact.Mention representative = mention(claim, 1.0);
      List<CorpusFact.Mention> mentions = new ArrayList<>(List.of(representative));
      for (Echo echo : echoes.get(claim.key())) {
        if (taken.add(echo.claimKey())) {
          mentions.add(mention(byKey.get(echo.claimKey()), echo.score()));
        }
      }
      if (mentions.size() > 1) {
        mentions.subList(1, mentions.size()).sort(Comparator.comparing(CorpusFact.Mention::outlet));
        facts.add(new CorpusFact(representative, mentions));
      } else {
        taken.remove(claim.key());
      }
    }
    facts.sort(Comparator.comparingInt((CorpusFact f) -> -f.outletCount())
        .thenComparingDouble(f -> -f.mentions().stream().mapToDouble(CorpusFact.Mention::score).sum())
        .thenComparing(f -> f.representative().paragraphId()));

    List<CorpusFact> unique = new ArrayList<>();
    for (Claim claim : claims) {
      if (echoes.get(claim.key()).isEmpty() && !taken.contains(claim.key())) {
        CorpusFact.Mention only = mention(claim, 1.0);
        unique.add(new CorpusFact(only, List.of(only)));
      }
    }
    return new FactsReport(sources.size(), facts, unique);
  }

  /**
   * Each claim's echoes in the other outlets. Candidates come from blocking on rare terms: each claim
   * is filed under its {@link #BLOCKING_KEYS} rarest stems that some other paragraph also uses; the
   * claims filed with it are ranked by the summed weight of the keys they share (as the index would
   * rank a disjunction of them), and the best {@link SameFactOptions#candidatesPerOutlet()} of each outlet (8 by default, as in a
   * single query; a candidate is one sentence already analysed, so scoring it is cheap) are
   * scored. A fact told in two outlets shares rare words: the scorer weighs words by rarity, so a
   * sentence that shares none of a claim's rarest words cannot reach the threshold. A key filed under
   * more than {@link #MAX_BLOCK} claims is too common to say anything and is skipped, so the work per
   * claim is bounded and the report grows linearly with the corpus. The paragraphs are read and
   * analysed once, never re-read per claim.
   */
  private static Map<String, List<Echo>> echoes(
      List<Claim> claims, TermWeights weights, double threshold, int perOutlet) {
    List<List<String>> keys = new ArrayList<>(claims.size());
    Map<String, List<Integer>> filed = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      List<String> own = blockingKeys(claims.get(i).unit(), weights);
      keys.add(own);
      for (String key : own) {
        filed.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, List<Echo>> echoes = new HashMap<>();
    // Per-claim scratch space, reused: the rank each other claim gets, and which claims got one.
    double[] rank = new double[claims.size()];
    int[] touched = new int[claims.size()];
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      // Candidates are ranked as the index ranks a disjunction: by the summed rarity of the keys shared.
      int count = 0;
      for (String key : keys.get(i)) {
        List<Integer> block = filed.get(key);
        if (block.size() > MAX_BLOCK) {
          continue;
        }
        double weight = weights.of(key);
        for (int j : block) {
          if (!claims.get(j).source().equals(claim.source())) {
            if (rank[j] == 0) {
              touched[count++] = j;
            }
            rank[j] += weight;
          }
        }
      }
      // The best-ranked candidates of each outlet, ties in corpus order.
      Map<String, List<Integer>> bySource = new TreeMap<>();
      for (int t = 0; t < count; t++) {
        int j = touched[t];
        List<Integer> best = bySource.computeIfAbsent(claims.get(j).source(), k -> new ArrayList<>(perOutlet + 1));
        int at = best.size();
        while (at > 0 && (rank[best.get(at - 1)] < rank[j] || (rank[best.get(at - 1)] == rank[j] && best.get(at - 1) > j))) {
          at--;
        }
        if (at < perOutlet) {
          best.add(at, j);
          if (best.size() > perOutlet) {
            best.removeLast();
          }
        }
      }
      for (int t = 0; t < count; t++) {
        rank[touched[t]] = 0;
      }
      List<Echo> found = new ArrayList<>();
      for (Map.Entry<String, List<Integer>> entry : bySource.entrySet()) {
        Echo best = null;
        for (int j : entry.getValue()) {
          double score = score(claim.unit(), claims.get(j).windows(), weights);
          if (score >= threshold && (best == null || score > best.score())) {
            best = new Echo(entry.getKey(), claims.get(j).key(), score);
          }
        }
        if (best != null) {
          found.add(best);
        }
      }
      echoes.put(claim.key(), found);
    }
    return echoes;
  }

  /** The rarest stems of a claim that another paragraph also uses, rarest first. */
  private static List<String> blockingKeys(FactUnit unit, TermWeights weights) {
    return unit.stems().stream()
        .filter(stem -> weights.documentFrequency(stem) > 1)
        .sorted(Comparator.comparingDouble((String s) -> -weights.of(s)).thenComparing(s -> s))
        .limit(BLOCKING_KEYS)
        .toList();
  }

  /** A claim's score against a passage, a second sentence counting only when it adds enough (as in a query). */
  private static double score(FactUnit claim, List<FactUnit> windows, TermWeights weights) {
    double single = FactScorer.score(FactScorer.Kind.SENTENCE, claim, windows.getFirst(), weights).score();
    double best = single;
    for (FactUnit pair : windows.subList(1, windows.size())) {
      double score = FactScorer.score(FactScorer.Kind.SENTENCE, claim, pair, weights).score();
      if (score - single > SameFactFinder.SECOND_SENTENCE_GAIN) {
        best = Math.max(best, score);
      }
    }
    return best;
  }

  /**
   * Every body sentence that says enough, in id order, with the passages that start at it: the
   * sentence, and the sentence with the next one (as {@link SameFactFinder#windows} cuts
   * paragraphs). They are reduced to what the scorer compares once, here, so the analysed texts need
   * not be kept for the whole report. A sentence repeated within an article counts once.
   */
  private static List<Claim> claims(IndexSearcher searcher, TermWeights weights) throws IOException {
    TermQuery body = new TermQuery(new Term(Schema.KIND, ParagraphKind.BODY.label()));
    int count = searcher.count(body);
    List<Claim> claims = new ArrayList<>();
    if (count == 0) {
      return claims;
    }
    StoredFields stored = searcher.storedFields();
    Map<String, Set<String>> seenByArticle = new HashMap<>();
    for (ScoreDoc hit : searcher.search(body, count, BY_ID).scoreDocs) {
      Document doc = stored.document(hit.doc);
      IndexedParagraph paragraph = ParagraphDocuments.fromStored(doc);
      AnalyzedText text = AnalyzedText.of(paragraph.paragraph().text());
      Set<String> seen = seenByArticle.computeIfAbsent(paragraph.paragraph().articleId(), a -> new HashSet<>());
      List<Span> sentences = paragraph.paragraph().sentences();
      for (int i = 0; i < sentences.size(); i++) {
        Span sentence = sentences.get(i);
        FactUnit unit = FactUnit.of(text, sentence, weights);
        if (unit.stems().size() < SameFactFinder.MIN_SENTENCE_STEMS
            || !seen.add(SameFactFinder.normalized(sentence.of(text.text())))) {
          continue;
        }
        claims.add(new Claim(keyOf(paragraph.id(), sentence), Sources.of(paragraph.outlet(), paragraph.paragraph().articleId()),
            paragraph, sentence, unit, i + 1 < sentences.size()
                ? List.of(unit, FactUnit.of(text, new Span(sentence.start(), sentences.get(i + 1).end()), weights, 2))
                : List.of(unit)));
      }
    }
    return claims;
  }

  private static String keyOf(String paragraphId, Span sentence) {
    return paragraphId + "@" + sentence.start();
  }

  private static CorpusFact.Mention mention(Claim claim, double score) {
    return new CorpusFact.Mention(claim.source(), claim.paragraph().id(), claim.span().of(claim.paragraph().paragraph().text()).strip(), score);
  }
}
