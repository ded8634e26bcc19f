package org.crosscheck.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.crosscheck.Span;
import org.crosscheck.index.Schema;
import org.crosscheck.ingest.Paragraph;
import org.crosscheck.index.TextAnalyzers;

/**
 * Finds the matches of a query in the stored paragraph text with Lucene's {@link UnifiedHighlighter},
 * reading offsets from the postings. Weight matches are on, so a phrase is one match ("honest
 * mistake", not "honest" and "mistake" apart). Matches in the exact-text field are shown in the
 * stored text too, since both fields are cut from the same string by the same tokenizer. That field
 * has no offsets in its postings, so for a query with exact words the highlighter analyses the
 * text of the hits it shows (Lucene picks the way per masked field: the other terms still read
 * their offsets from the postings, and a query without exact words analyses nothing).
 *
 * <p>One instance serves one searcher; make one per search. Not thread-safe.
 */
final class ParagraphHighlighter extends UnifiedHighlighter {
  /** Every sentence with a match is collected; the hit keeps the best few. */
  private static final int PASSAGES_COLLECTED = 200;

  /** Analyzers are thread-safe; one set serves every highlighter rather than one per search. */
  private static final Analyzer ANALYZER = TextAnalyzers.perField();

  /** The stored text of each document being highlighted, by doc id, as the searcher already read it. */
  private Map<Integer, String> texts = Map.of();
  /** The stored sentences of those texts, so the break iterator need not find them again. */
  private Map<String, List<Span>> sentences = Map.of();

  /**
   * The merged field infos of each open reader. The highlighter needs them for every search and,
   * left to itself, merges them anew in each instance; readers live for many searches. Weak keys
   * let a reader that was refreshed away go.
   */
  private static final Map<IndexReader, FieldInfos> FIELD_INFOS = Collections.synchronizedMap(new WeakHashMap<>());

  ParagraphHighlighter(IndexSearcher searcher) {
    super(UnifiedHighlighter.builder(searcher, ANALYZER)
        .withWeightMatches(true)
        .withHighlightPhrasesStrictly(true)
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withMaxNoHighlightPassages(1)
        .withMaskedFieldsFunc(field -> field.equals(Schema.TEXT) ? Set.of(Schema.TEXT_EXACT) : Set.of())
        .withFormatter(new SpanFormatter())
        .withScorer(new AllocationFreePassageScorer()));
    fieldInfos = FIELD_INFOS.computeIfAbsent(searcher.getIndexReader(), FieldInfos::getMergedFieldInfos);
  }

  /**
   * The passages of each document, in the order of {@code docIds}. A document without a match in its
   * text (it matched on its title or outlet only) gets its first passage with no matches.
   *
   * @param stored the stored paragraph of each document, in the order of {@code docIds}
   */
  List<List<Passage>> passages(Query query, int[] docIds, List<Paragraph> stored) throws IOException {
    Map<Integer, String> byDoc = new HashMap<>();
    Map<String, List<Span>> sentencesByText = new HashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      byDoc.put(docIds[i], stored.get(i).text());
      sentencesByText.put(stored.get(i).text(), stored.get(i).sentences());
    }
    texts = byDoc;
    sentences = sentencesByText;
    int[] max = {PASSAGES_COLLECTED};
    Object[] perDoc = highlightFieldsAsObjects(new String[] {Schema.TEXT}, query, docIds, max).get(Schema.TEXT);
    List<List<Passage>> result = new ArrayList<>(docIds.length);
    for (Object value : perDoc) {
      @SuppressWarnings("unchecked")
      List<Passage> passages = value == null ? List.of() : (List<Passage>) value;
      result.add(passages);
    }
    return result;
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    return new SentenceBreakIterator(sentences::get);
  }

  /**
   * Hands the highlighter the texts the searcher read with the rest of each hit's stored fields, so
   * a hit's compressed block is not decompressed a second time here.
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    if (fields.length != 1 || !fields[0].equals(Schema.TEXT)) {
      return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
    }
    List<CharSequence[]> values = new ArrayList<>(texts.size());
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      String text = texts.get(doc);
      if (text == null) {
        throw new IllegalStateException("no stored text was given for document " + doc);
      }
      values.add(new CharSequence[] {text});
    }
    return values;
  }

  /** Keeps the highlighter's passages as offsets, with overlapping or touching matches merged. */
  private static final class SpanFormatter extends PassageFormatter {
    @Override
    public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
      List<Passage> out = new ArrayList<>(passages.length);
      for (org.apache.lucene.search.uhighlight.Passage passage : passages) {
        List<Span> matches = new ArrayList<>(passage.getNumMatches());
        int[] starts = passage.getMatchStarts();
        int[] ends = passage.getMatchEnds();
        for (int i = 0; i < passage.getNumMatches(); i++) {
          Span match = new Span(starts[i], Math.min(ends[i], content.length()));
          if (!matches.isEmpty() && matches.getLast().end() >= match.start()) {
            Span last = matches.removeLast();
            match = new Span(last.start(), Math.max(last.end(), match.end()));
          }
          matches.add(match);
        }
        out.add(new Passage(trimmed(content, passage.getStartOffset(), passage.getEndOffset()), matches, passage.getScore()));
      }
      return out;
    }

    private static Span trimmed(String content, int start, int end) {
      end = Math.min(end, content.length());
      while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
        end--;
      }
      return new Span(start, end);
    }
  }
}
