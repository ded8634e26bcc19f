package org.crosscheck.facts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.crosscheck.InvalidQueryException;
import org.crosscheck.ParagraphNotFoundException;
import org.crosscheck.entities.Quantity;
import org.crosscheck.Span;
import org.crosscheck.index.IndexedParagraph;
import org.crosscheck.index.ParagraphDocuments;
import org.crosscheck.index.Schema;
import org.crosscheck.ingest.ParagraphKind;
import org.crosscheck.search.TopHitsByScoreThenId;

/**
 * The same-fact query: which outlets report a statement, and in which words.
 *
 * <p>It never compares the statement with every paragraph. The index ranks the paragraphs that share
 * the statement's rarest terms (a disjunction of its stems, best first), the best few of each outlet
 * become candidates, and only those are aligned sentence by sentence: each sentence, and each two
 * sentences in a row (a quotation often runs over a full stop), is scored with {@link FactScorer}.
 * An outlet's best passage is its evidence; it reports the fact when the evidence reaches the
 * threshold. The work per query grows with the number of outlets, not with the corpus.
 *
 * <pre>{@code
 * SameFactResult result = crosscheck.sameFact("Esper said no decision had been made to leave Iraq");
 * System.out.println(result.verdict()); // reported by 5 of 5 outlets
 * }</pre>
 *
 * <p>Stateless: every call works on the searcher it is given, so threads may query at once.
 */
public final class SameFactFinder {
  /** A statement is a sentence or two; a whole article is not a statement. */
  public static final int MAX_STATEMENT_WORDS = 300;
  /** Query paragraphs are aligned sentence by sentence; a sentence with fewer stems says too little. */
  static final int MIN_SENTENCE_STEMS = 3;
  /** The candidate query keeps the rarest terms of a long paragraph; the rest add noise, not recall. */
  static final int MAX_QUERY_TERMS = 64;
  /** How many ranked paragraphs to look through for candidates, per outlet asked for. */
  static final int HITS_PER_CANDIDATE = 4;
  static final int MAX_HITS = 5_000;
  /** A second sentence joins the evidence only when it adds this much to the score. */
  static final double SECOND_SENTENCE_GAIN = 0.05;

  private static final Set<String> SOURCE_FIELDS = Set.of(Schema.ID, Schema.OUTLET, Schema.ARTICLE);

  private SameFactFinder() {}

  /**
   * Which outlets report a statement in the caller's words.
   *
   * @throws InvalidQueryException when the statement is blank, has only stop words or is too long
   */
  public static SameFactResult forStatement(IndexSearcher searcher, String statement, SameFactOptions options)
      throws IOException {
    if (statement == null || statement.isBlank()) {
      throw new InvalidQueryException(statement == null ? "" : statement,
          "the statement is empty; say what happened, for example: Esper said no decision had been made to leave Iraq");
    }
    AnalyzedText text = AnalyzedText.of(statement.strip());
    if (text.words().size() > MAX_STATEMENT_WORDS) {
      throw new InvalidQueryException(statement, "the statement has " + text.words().size() + " words; a statement is at most "
          + MAX_STATEMENT_WORDS + " words (a sentence or two; use --paragraph ID to start from a paragraph)");
    }
    TermWeights weights = new TermWeights(searcher.getIndexReader());
    FactUnit unit = FactUnit.of(text, new Span(0, text.text().length()), weights);
    if (unit.stems().isEmpty()) {
      throw new InvalidQueryException(statement, "the statement has only stop words (the, of, said, ...); name who did what");
    }
    return run(searcher, weights, text, List.of(unit), Optional.empty(), options);
  }

  /**
   * Which other outlets report what a paragraph of the index says; its own outlet is left out.
   *
   * @throws ParagraphNotFoundException when no paragraph has this id
   */
  public static SameFactResult forParagraph(IndexSearcher searcher, String paragraphId, SameFactOptions options)
      throws IOException {
    String id = paragraphId == null ? "" : paragraphId.strip();
    var top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (id.isEmpty() || top.scoreDocs.length == 0) {
      throw new ParagraphNotFoundException(paragraphId == null ? "" : paragraphId);
    }
    IndexedParagraph query = ParagraphDocuments.fromStored(searcher.storedFields().document(top.scoreDocs[0].doc));
    AnalyzedText text = AnalyzedText.of(query.paragraph().text());
    TermWeights weights = new TermWeights(searcher.getIndexReader());
    return run(searcher, weights, text, sentenceUnits(text, query.paragraph().sentences(), weights), Optional.of(query), options);
  }

  /** The sentences of a paragraph that say enough to be looked for elsewhere; the whole paragraph if none does. */
  static List<FactUnit> sentenceUnits(AnalyzedText text, List<Span> sentences, TermWeights weights) {
    List<FactUnit> units = new ArrayList<>();
    for (Span sentence : sentences) {
      FactUnit unit = FactUnit.of(text, sentence, weights);
      if (unit.stems().size() >= MIN_SENTENCE_STEMS) {
        units.add(unit);
      }
    }
    // A quotation is often the very thing other outlets repeat, inside sentences of their own.
    for (Span quote : text.quotes()) {
      FactUnit unit = FactUnit.of(text, quote, weights);
      if (unit.stems().size() >= MIN_SENTENCE_STEMS) {
        units.add(unit);
      }
    }
    if (units.isEmpty()) {
      units.add(FactUnit.of(text, new Span(0, text.text().length()), weights));
    }
    return units;
  }

  private static SameFactResult run(
      IndexSearcher searcher, TermWeights weights, AnalyzedText statement, List<FactUnit> units,
      Optional<IndexedParagraph> query, SameFactOptions options) throws IOException {
    FactScorer.Kind kind = query.isPresent() ? FactScorer.Kind.SENTENCE : FactScorer.Kind.STATEMENT;
    double threshold = query.isPresent() ? options.paragraphThreshold() : options.statementThreshold();
    List<String> sources = new ArrayList<>(Sources.all(searcher));
    query.ifPresent(q -> sources.remove(Sources.of(q.outlet(), q.paragraph().articleId())));

    Map<String, List<IndexedParagraph>> candidates = candidates(searcher, units, weights, query, sources.size(), options);
    List<OutletFinding> findings = new ArrayList<>();
    for (String source : sources) {
      Optional<Evidence> best = Optional.empty();
      for (IndexedParagraph candidate : candidates.getOrDefault(source, List.of())) {
        Optional<Evidence> evidence = align(candidate, units, kind, weights);
        if (evidence.isPresent() && (best.isEmpty() || evidence.get().score() > best.get().score())) {
          best = evidence;
        }
      }
      boolean reports = best.isPresent() && best.get().score() >= threshold;
      findings.add(new OutletFinding(source, reports, best));
    }
    findings.sort(Comparator.comparing((OutletFinding f) -> !f.reports())
        .thenComparing(f -> f.reports() ? -f.score() : 0)
        .thenComparing(OutletFinding::outlet));
    List<OutletFinding> reporting = findings.stream().filter(OutletFinding::reports).toList();
    return new SameFactResult(statement.text(), query.map(IndexedParagraph::id), threshold, findings,
        WordingVariants.of(reporting), Discrepancies.of(statement, query, reporting));
  }

  /**
   * The best-ranked paragraphs of each outlet for each unit (the statement, or each sentence of the
   * query paragraph): a disjunction of the unit's rarest stems, so that a fact told in one sentence of
   * a long paragraph is not drowned by the paragraph's other words.
   */
  static Map<String, List<IndexedParagraph>> candidates(
      IndexSearcher searcher, List<FactUnit> units, TermWeights weights, Optional<IndexedParagraph> query, int sources,
      SameFactOptions options) throws IOException {
    Map<String, List<IndexedParagraph>> bySource = new HashMap<>();
    Map<String, Set<String>> seen = new HashMap<>();
    StoredFields stored = searcher.storedFields();
    int wanted = Math.min(MAX_HITS, Math.max(1, sources) * options.candidatesPerOutlet() * HITS_PER_CANDIDATE);
    for (FactUnit unit : units) {
      List<String> rarest = unit.stems().stream()
          .sorted(Comparator.comparingDouble((String s) -> -weights.of(s)).thenComparing(s -> s))
          .limit(MAX_QUERY_TERMS)
          .toList();
      if (rarest.isEmpty()) {
        continue;
      }
      BooleanQuery.Builder terms = new BooleanQuery.Builder();
      for (String stem : rarest) {
        terms.add(new TermQuery(new Term(Schema.TEXT, stem)), BooleanClause.Occur.SHOULD);
      }
      BooleanQuery.Builder builder = new BooleanQuery.Builder()
          .add(terms.build(), BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term(Schema.KIND, ParagraphKind.BODY.label())), BooleanClause.Occur.FILTER);
      query.ifPresent(q -> builder.add(Sources.matching(q.outlet(), q.paragraph().articleId()), BooleanClause.Occur.MUST_NOT));
      // Best score first, equal scores in id order, as a search ranks: the same candidates whatever the doc order.
      ScoreDoc[] hits = searcher.search(builder.build(), new TopHitsByScoreThenId(wanted, searcher.getIndexReader())).scoreDocs;
      Map<String, Integer> taken = new HashMap<>();
      for (ScoreDoc hit : hits) {
        // Only the source fields first: most hits are past their outlet's quota and never loaded whole.
        Document head = stored.document(hit.doc, SOURCE_FIELDS);
        String source = Sources.of(head.get(Schema.OUTLET), head.get(Schema.ARTICLE));
        if (taken.merge(source, 1, Integer::sum) > options.candidatesPerOutlet()) {
          continue;
        }
        if (seen.computeIfAbsent(source, s -> new HashSet<>()).add(head.get(Schema.ID))) {
          bySource.computeIfAbsent(source, s -> new ArrayList<>()).add(ParagraphDocuments.fromStored(stored.document(hit.doc)));
        }
      }
    }
    return bySource;
  }

  /** The passage of a paragraph (one sentence, or two in a row) that best carries one of the units. */
  static Optional<Evidence> align(
      IndexedParagraph candidate, List<FactUnit> units, FactScorer.Kind kind, TermWeights weights) {
    AnalyzedText text = AnalyzedText.of(candidate.paragraph().text());
    return align(candidate, text, windows(candidate, text, weights), units, kind, weights);
  }

  /** A sentence, or two in a row, of a candidate paragraph, reduced to what the scorer compares. */
  record Window(List<Span> sentences, FactUnit unit) {}

  /** Every sentence of a paragraph, each followed by itself and the next one, in reading order. */
  static List<Window> windows(IndexedParagraph candidate, AnalyzedText text, TermWeights weights) {
    var paragraph = candidate.paragraph();
    List<Span> sentences = paragraph.sentences().isEmpty() ? List.of(new Span(0, paragraph.text().length())) : paragraph.sentences();
    List<Window> windows = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      windows.add(new Window(List.of(sentences.get(i)), FactUnit.of(text, sentences.get(i), weights)));
      if (i + 1 < sentences.size()) {
        Span both = new Span(sentences.get(i).start(), sentences.get(i + 1).end());
        windows.add(new Window(List.of(sentences.get(i), sentences.get(i + 1)), FactUnit.of(text, both, weights, 2)));
      }
    }
    return windows;
  }

  static Optional<Evidence> align(
      IndexedParagraph candidate, AnalyzedText text, List<Window> windows, List<FactUnit> units, FactScorer.Kind kind,
      TermWeights weights) {
    var paragraph = candidate.paragraph();
    Passage best = null;
    for (Window window : windows) {
      for (FactUnit unit : units) {
        Passage passage = new Passage(window.sentences(), unit, FactScorer.score(kind, unit, window.unit(), weights));
        best = better(best, passage, window.sentences().size() > 1 ? SECOND_SENTENCE_GAIN : 0);
      }
    }
    if (best == null || best.signals().score() == 0) {
      return Optional.empty();
    }
    Span whole = new Span(best.sentences().getFirst().start(), best.sentences().getLast().end());
    return Optional.of(new Evidence(paragraph.id(), paragraph.articleId(), candidate.outlet(), candidate.title(),
        paragraph.number(), paragraph.text(), best.sentences(), highlights(text, whole, best.unit()),
        best.signals().score(), best.signals(), best.unit().span()));
  }

  private record Passage(List<Span> sentences, FactUnit unit, Signals signals) {}

  private static Passage better(Passage best, Passage challenger, double margin) {
    if (best == null) {
      return challenger;
    }
    double gain = challenger.signals().score() - best.signals().score();
    if (challenger.sentences().size() > best.sentences().size()) {
      return gain > margin ? challenger : best;
    }
    if (challenger.sentences().size() < best.sentences().size()) {
      return gain >= -SECOND_SENTENCE_GAIN ? challenger : best;
    }
    return gain > 0 ? challenger : best;
  }

  /** The words of the passage that the unit shares: its stems, its numbers and its quoted words. */
  static List<Span> highlights(AnalyzedText text, Span passage, FactUnit unit) {
    TreeSet<Span> spans = new TreeSet<>();
    for (Token stem : text.stemsIn(passage)) {
      if (unit.stems().contains(stem.term())) {
        spans.add(stem.span());
      }
    }
    for (Token word : text.wordsIn(passage)) {
      if (unit.quotedWords().contains(word.term())) {
        spans.add(word.span());
      }
    }
    for (Quantity quantity : text.quantities()) {
      if (quantity.span().start() >= passage.start() && quantity.span().end() <= passage.end()
          && unit.numbers().contains(AnalyzedText.valueOf(quantity))) {
        spans.add(quantity.span());
      }
    }
    return List.copyOf(spans);
  }

  /** Groups identical wordings; shared by the same-fact query and the facts report. */
  static String normalized(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** The wordings of the reporting outlets. */
  static final class WordingVariants {
    private WordingVariants() {}

    static List<WordingVariant> of(List<OutletFinding> reporting) {
      Map<String, String> firstText = new LinkedHashMap<>();
      Map<String, TreeSet<String>> outlets = new LinkedHashMap<>();
      for (OutletFinding finding : reporting) {
        String text = finding.evidence().orElseThrow().sentenceText();
        String key = normalized(text);
        firstText.putIfAbsent(key, text);
        outlets.computeIfAbsent(key, k -> new TreeSet<>()).add(finding.outlet());
      }
      List<WordingVariant> variants = new ArrayList<>();
      outlets.forEach((key, names) -> variants.add(new WordingVariant(firstText.get(key), List.copyOf(names))));
      variants.sort(Comparator.comparing((WordingVariant v) -> -v.outlets().size()).thenComparing(v -> v.outlets().getFirst()));
      return variants;
    }
  }

  /** Numbers and quotations on which the reporting outlets, or the statement, differ. */
  static final class Discrepancies {
    private Discrepancies() {}

    /** One side of the comparison: the statement (or query paragraph) or an outlet's evidence. */
    private record Side(String outlet, String paragraphId, AnalyzedText text, Span span) {}

    static List<Discrepancy> of(AnalyzedText statement, Optional<IndexedParagraph> query, List<OutletFinding> reporting) {
      List<Side> sides = new ArrayList<>();
      if (query.isEmpty()) {
        sides.add(new Side("statement", "", statement, new Span(0, statement.text().length())));
      } else {
        // The query paragraph takes part through the sentences the outlets matched.
        TreeSet<Span> matched = new TreeSet<>();
        reporting.forEach(f -> matched.add(f.evidence().orElseThrow().statementSpan()));
        if (!matched.isEmpty()) {
          Span whole = new Span(matched.first().start(), matched.last().end());
          IndexedParagraph q = query.get();
          sides.add(new Side(Sources.of(q.outlet(), q.paragraph().articleId()), q.id(), statement, whole));
        }
      }
      for (OutletFinding finding : reporting) {
        Evidence evidence = finding.evidence().orElseThrow();
        sides.add(new Side(finding.outlet(), evidence.paragraphId(), AnalyzedText.of(evidence.text()), evidence.span()));
      }
      List<Discrepancy> found = new ArrayList<>();
      numbers(sides).ifPresent(found::add);
      found.addAll(quotations(sides));
      return found;
    }

    /** The sides' numbers side by side, when two sides that both give numbers share none. */
    private static Optional<Discrepancy> numbers(List<Side> sides) {
      List<Discrepancy.Version> versions = new ArrayList<>();
      List<Set<String>> sets = new ArrayList<>();
      for (Side side : sides) {
        Map<String, String> numbers = new LinkedHashMap<>();
        for (Quantity quantity : side.text().quantities()) {
          if (quantity.span().start() >= side.span().start() && quantity.span().start() < side.span().end()) {
            numbers.putIfAbsent(AnalyzedText.valueOf(quantity), quantity.surface());
          }
        }
        if (!numbers.isEmpty()) {
          sets.add(numbers.keySet());
          versions.add(new Discrepancy.Version(side.outlet(), side.paragraphId(), String.join(", ", numbers.values())));
        }
      }
      for (int i = 0; i < sets.size(); i++) {
        for (int j = i + 1; j < sets.size(); j++) {
          if (sets.get(i).stream().noneMatch(sets.get(j)::contains)) {
            return Optional.of(new Discrepancy(Discrepancy.Kind.NUMBERS, versions));
          }
        }
      }
      return Optional.empty();
    }

    private record Quotation(int side, String text, List<String> words) {}

    /** Quotations of the same words that differ inside what they share, grouped, one version per side. */
    private static List<Discrepancy> quotations(List<Side> sides) {
      List<Quotation> quotations = new ArrayList<>();
      for (int s = 0; s < sides.size(); s++) {
        Side side = sides.get(s);
        for (Span quote : side.text().quotes()) {
          if (quote.overlaps(side.span())) {
            List<String> words = side.text().wordsIn(quote).stream()
                .map(Token::term)
                .filter(w -> !org.crosscheck.index.TextAnalyzers.stopWords().contains(w))
                .toList();
            quotations.add(new Quotation(s, quote.of(side.text().text()).strip(), words));
          }
        }
      }
      int[] group = new int[quotations.size()];
      for (int i = 0; i < group.length; i++) {
        group[i] = i;
      }
      boolean[] differs = new boolean[quotations.size()];
      for (int i = 0; i < quotations.size(); i++) {
        for (int j = i + 1; j < quotations.size(); j++) {
          Quotation a = quotations.get(i);
          Quotation b = quotations.get(j);
          if (a.side() != b.side() && QuoteComparison.sameQuotation(a.words(), b.words())
              && QuoteComparison.differ(a.words(), b.words())) {
            union(group, i, j);
            differs[i] = true;
            differs[j] = true;
          }
        }
      }
      Map<Integer, Map<Integer, Quotation>> groups = new TreeMap<>();
      for (int i = 0; i < quotations.size(); i++) {
        if (differs[i]) {
          groups.computeIfAbsent(find(group, i), g -> new TreeMap<>()).putIfAbsent(quotations.get(i).side(), quotations.get(i));
        }
      }
      List<Discrepancy> found = new ArrayList<>();
      for (Map<Integer, Quotation> members : groups.values()) {
        if (members.size() >= 2) {
          found.add(new Discrepancy(Discrepancy.Kind.QUOTED_WORDS, members.values().stream()
              .map(q -> new Discrepancy.Version(sides.get(q.side()).outlet(), sides.get(q.side()).paragraphId(), q.text()))
              .toList()));
        }
      }
      return found;
    }

    private static int find(int[] group, int i) {
      while (group[i] != i) {
        group[i] = group[group[i]];
        i = group[i];
      }
      return i;
    }

    private static void union(int[] group, int a, int b) {
      group[find(group, a)] = find(group, b);
    }
  }
}
