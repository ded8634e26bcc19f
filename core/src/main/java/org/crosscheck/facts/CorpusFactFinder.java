package org.crosscheck.facts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** Fewer candidates per outlet than a single query: a report asks once per sentence of the corpus. */
  static final int CANDIDATES_PER_OUTLET = 4;

  private static final Sort BY_ID = new Sort(new SortField(Schema.ID, SortField.Type.STRING));

  private CorpusFactFinder() {}

  /** One sentence of the corpus that says enough to be looked for elsewhere. */
  private record Claim(String key, String source, IndexedParagraph paragraph, Span span, FactUnit unit) {}

  /** Another outlet's sentence that states the same as a claim. */
  private record Echo(String source, String claimKey, double score) {}

  public static FactsReport report(IndexSearcher searcher, SameFactOptions options) throws IOException {
    TermWeights weights = new TermWeights(searcher.getIndexReader());
    Map<String, AnalyzedText> texts = new HashMap<>();
    // Each paragraph is analysed and cut into windows once, however many claims it is a candidate for.
    Map<String, List<SameFactFinder.Window>> windows = new HashMap<>();
    List<Claim> claims = claims(searcher, weights, texts);
    Map<String, Claim> byKey = new LinkedHashMap<>();
    claims.forEach(c -> byKey.put(c.key(), c));
    List<String> sources = Sources.all(searcher);
    SameFactOptions few = options.withCandidatesPerOutlet(Math.min(options.candidatesPerOutlet(), CANDIDATES_PER_OUTLET));

    Map<String, List<Echo>> echoes = new HashMap<>();
    for (Claim claim : claims) {
      Map<String, List<IndexedParagraph>> candidates = SameFactFinder.candidates(
          searcher, List.of(claim.unit()), weights, Optional.of(claim.paragraph()), sources.size(), few);
      List<Echo> found = new ArrayList<>();
      for (Map.Entry<String, List<IndexedParagraph>> entry : new TreeMap<>(candidates).entrySet()) {
        Echo best = null;
        for (IndexedParagraph candidate : entry.getValue()) {
          AnalyzedText text = texts.computeIfAbsent(candidate.id(), id -> AnalyzedText.of(candidate.paragraph().text()));
          List<SameFactFinder.Window> paragraphWindows =
              windows.computeIfAbsent(candidate.id(), id -> SameFactFinder.windows(candidate, text, weights));
          Optional<Evidence> evidence = SameFactFinder.align(
              candidate, text, paragraphWindows, List.of(claim.unit()), FactScorer.Kind.SENTENCE, weights);
          if (evidence.isEmpty() || evidence.get().score() < options.paragraphThreshold() + ECHO_MARGIN) {
            continue;
          }
          String key = keyOf(candidate.id(), evidence.get().sentences().getFirst());
          if (byKey.containsKey(key) && (best == null || evidence.get().score() > best.score())) {
            best = new Echo(entry.getKey(), key, evidence.get().score());
          }
        }
        if (best != null) {
          found.add(best);
        }
      }
      echoes.put(claim.key(), found);
    }

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
      CorpusFact.Mention representative = mention(claim, 1.0, texts);
      List<CorpusFact.Mention> mentions = new ArrayList<>(List.of(representative));
      for (Echo echo : echoes.get(claim.key())) {
        if (taken.add(echo.claimKey())) {
          mentions.add(mention(byKey.get(echo.claimKey()), echo.score(), texts));
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
        CorpusFact.Mention only = mention(claim, 1.0, texts);
        unique.add(new CorpusFact(only, List.of(only)));
      }
    }
    return new FactsReport(sources.size(), facts, unique);
  }

  /** Every body sentence that says enough, in id order; a sentence repeated within an article counts once. */
  private static List<Claim> claims(IndexSearcher searcher, TermWeights weights, Map<String, AnalyzedText> texts)
      throws IOException {
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
      texts.put(paragraph.id(), text);
      Set<String> seen = seenByArticle.computeIfAbsent(paragraph.paragraph().articleId(), a -> new HashSet<>());
      for (Span sentence : paragraph.paragraph().sentences()) {
        FactUnit unit = FactUnit.of(text, sentence, weights);
        if (unit.stems().size() < SameFactFinder.MIN_SENTENCE_STEMS
            || !seen.add(SameFactFinder.normalized(sentence.of(text.text())))) {
          continue;
        }
        claims.add(new Claim(keyOf(paragraph.id(), sentence), Sources.of(paragraph.outlet(), paragraph.paragraph().articleId()),
            paragraph, sentence, unit));
      }
    }
    return claims;
  }

  private static String keyOf(String paragraphId, Span sentence) {
    return paragraphId + "@" + sentence.start();
  }

  private static CorpusFact.Mention mention(Claim claim, double score, Map<String, AnalyzedText> texts) {
    return new CorpusFact.Mention(claim.source(), claim.paragraph().id(), claim.span().of(claim.paragraph().paragraph().text()).strip(), score);
  }
}
