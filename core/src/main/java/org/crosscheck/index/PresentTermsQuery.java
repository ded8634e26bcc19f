package org.crosscheck.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A stemmed search of the text field with the terms the index does not hold left out. A stem is
 * asked for under two terms ({@link EnglishStems#termsOf}) and often only one is there ("said" has
 * no other form with its stem): a synonym query or a phrase over one term is then a plain term or
 * phrase query, which Lucene scores and counts several times faster (a term's count is its
 * document frequency, read without visiting a posting). Results and scores are the same.
 */
public final class PresentTermsQuery extends Query {
  private final Query query;

  public PresentTermsQuery(Query query) {
    this.query = Objects.requireNonNull(query, "query");
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    return withPresentTerms(query, searcher.getIndexReader());
  }

  private static Query withPresentTerms(Query query, IndexReader reader) throws IOException {
    if (query instanceof SynonymQuery synonyms) {
      List<Term> present = present(synonyms.getTerms(), reader);
      if (present.size() == synonyms.getTerms().size()) {
        return synonyms;
      }
      if (present.isEmpty()) {
        return new MatchNoDocsQuery("no term of " + synonyms + " is in the index");
      }
      if (present.size() == 1) {
        return new TermQuery(present.getFirst());
      }
      SynonymQuery.Builder builder = new SynonymQuery.Builder(synonyms.getField());
      present.forEach(builder::addTerm);
      return builder.build();
    }
    if (query instanceof MultiPhraseQuery phrase) {
      return phraseOfPresentTerms(phrase, reader);
    }
    if (query instanceof BooleanQuery bool) {
      BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      for (BooleanClause clause : bool.clauses()) {
        builder.add(withPresentTerms(clause.query(), reader), clause.occur());
      }
      return builder.build();
    }
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(withPresentTerms(boost.getQuery(), reader), boost.getBoost());
    }
    return query;
  }

  private static Query phraseOfPresentTerms(MultiPhraseQuery phrase, IndexReader reader) throws IOException {
    Term[][] positions = phrase.getTermArrays();
    List<Term[]> kept = new ArrayList<>(positions.length);
    boolean single = true;
    for (Term[] terms : positions) {
      List<Term> present = present(List.of(terms), reader);
      if (present.isEmpty()) {
        return new MatchNoDocsQuery("no term at one position of " + phrase + " is in the index");
      }
      single &= present.size() == 1;
      kept.add(present.toArray(Term[]::new));
    }
    int[] at = phrase.getPositions();
    if (single) {
      PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(phrase.getSlop());
      for (int i = 0; i < kept.size(); i++) {
        builder.add(kept.get(i)[0], at[i]);
      }
      return builder.build();
    }
    MultiPhraseQuery.Builder builder = new MultiPhraseQuery.Builder().setSlop(phrase.getSlop());
    for (int i = 0; i < kept.size(); i++) {
      builder.add(kept.get(i), at[i]);
    }
    return builder.build();
  }

  private static List<Term> present(List<Term> terms, IndexReader reader) throws IOException {
    List<Term> present = new ArrayList<>(terms.size());
    for (Term term : terms) {
      if (reader.docFreq(term) > 0) {
        present.add(term);
      }
    }
    return present;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return query.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && query.equals(((PresentTermsQuery) other).query);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + query.hashCode();
  }
}
