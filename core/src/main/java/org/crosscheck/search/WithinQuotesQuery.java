package org.crosscheck.search;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterMatchesIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.crosscheck.Span;
import org.crosscheck.index.EntityFields;
import org.crosscheck.index.Schema;

/**
 * {@code quote:}: a query on the text field whose match must lie inside one of the paragraph's
 * quotes ({@link Schema#QUOTE} holds where they stand). The quoted words are searched where the text
 * field already holds them, rather than indexed a second time in a field of their own, which cost a
 * tenth of indexing. Scores are the text query's; a paragraph matches when at least one match of the
 * query is inside a quote, and only such matches are highlighted.
 */
final class WithinQuotesQuery extends Query {
  private final Query text;

  /** @param text a query on {@link Schema#TEXT}: a word, a phrase, a wildcard... */
  WithinQuotesQuery(Query text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = text.rewrite(searcher);
    if (rewritten instanceof MatchNoDocsQuery) {
      return rewritten;
    }
    return rewritten == text ? this : new WithinQuotesQuery(rewritten);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    // The quote field is named so that what checks a query's fields (an index without entities has no quotes) sees it.
    visitor.acceptField(Schema.QUOTE);
    text.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight textWeight = text.createWeight(searcher, scoreMode, boost);
    return new Weight(this) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier textScorers = textWeight.scorerSupplier(context);
        BinaryDocValues quotes = context.reader().getBinaryDocValues(Schema.QUOTE);
        if (textScorers == null || quotes == null) {
          return null;
        }
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            return new InsideQuotesScorer(textScorers.get(leadCost), doc -> insideQuotes(textWeight, context, doc, quotes));
          }

          @Override
          public long cost() {
            return textScorers.cost();
          }
        };
      }

      @Override
      public Matches matches(LeafReaderContext context, int doc) throws IOException {
        BinaryDocValues quotes = context.reader().getBinaryDocValues(Schema.QUOTE);
        if (quotes == null || !quotes.advanceExact(doc)) {
          return null;
        }
        List<Span> spans = EntityFields.decodeQuoteSpans(quotes.binaryValue());
        MatchesIterator first = matchesInside(textWeight, context, doc, spans);
        if (first == null || !first.next()) {
          return null;
        }
        // The check above used up its iterator's first match: the highlighter gets one of its own.
        return MatchesUtils.forField(Schema.TEXT, () -> matchesInside(textWeight, context, doc, spans));
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        if (matches(context, doc) == null) {
          return Explanation.noMatch("no match inside a quote");
        }
        return textWeight.explain(context, doc);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return textWeight.isCacheable(context) && DocValues.isCacheable(context, Schema.QUOTE);
      }
    };
  }

  /** Whether a match of the text query in a document lies inside one of its quotes. */
  private static boolean insideQuotes(Weight textWeight, LeafReaderContext context, int doc, BinaryDocValues quotes)
      throws IOException {
    if (!quotes.advanceExact(doc)) {
      return false;
    }
    MatchesIterator inside = matchesInside(textWeight, context, doc, EntityFields.decodeQuoteSpans(quotes.binaryValue()));
    return inside != null && inside.next();
  }

  /** The text query's matches in a document that lie inside the spans; null when it has no match there at all. */
  private static MatchesIterator matchesInside(Weight textWeight, LeafReaderContext context, int doc, List<Span> spans)
      throws IOException {
    Matches matches = textWeight.matches(context, doc);
    return matches == null ? null : inside(matches.getMatches(Schema.TEXT), spans);
  }

  /** The matches that lie inside one of the spans; null when there are no matches at all. */
  private static MatchesIterator inside(MatchesIterator matches, List<Span> spans) {
    if (matches == null) {
      return null;
    }
    return new FilterMatchesIterator(matches) {
      @Override
      public boolean next() throws IOException {
        while (in.next()) {
          int start = in.startOffset();
          int end = in.endOffset();
          for (Span span : spans) {
            if (span.start() <= start && end <= span.end()) {
              return true;
            }
          }
        }
        return false;
      }
    };
  }

  /** A check of one document that may read the index. */
  private interface DocumentCheck {
    boolean test(int doc) throws IOException;
  }

  /** The text query's scorer, keeping the documents the check accepts, as a second phase: it reads positions. */
  private static final class InsideQuotesScorer extends Scorer {
    private final Scorer text;
    private final TwoPhaseIterator twoPhase;

    InsideQuotesScorer(Scorer text, DocumentCheck check) {
      this.text = text;
      TwoPhaseIterator textTwoPhase = text.twoPhaseIterator();
      DocIdSetIterator approximation = textTwoPhase == null ? text.iterator() : textTwoPhase.approximation();
      this.twoPhase = new TwoPhaseIterator(approximation) {
        @Override
        public boolean matches() throws IOException {
          return (textTwoPhase == null || textTwoPhase.matches()) && check.test(approximation.docID());
        }

        @Override
        public float matchCost() {
          // Reading a document's quotes and the query's positions and offsets there: dearer than a phrase.
          return (textTwoPhase == null ? 0 : textTwoPhase.matchCost()) + 100;
        }
      };
    }

    @Override
    public int docID() {
      return twoPhase.approximation().docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return TwoPhaseIterator.asDocIdSetIterator(twoPhase);
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return twoPhase;
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return text.getMaxScore(upTo);
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return text.advanceShallow(target);
    }

    @Override
    public float score() throws IOException {
      return text.score();
    }
  }

  @Override
  public String toString(String field) {
    return "quote:(" + text.toString(Schema.TEXT) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && text.equals(((WithinQuotesQuery) other).text);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + text.hashCode();
  }
}
