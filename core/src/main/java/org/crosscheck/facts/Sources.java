package org.crosscheck.facts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.crosscheck.index.ParagraphDocuments;
import org.crosscheck.index.Schema;

/**
 * The independent sources of a corpus: one per outlet, except that an article whose outlet is
 * unknown is a source of its own (two unknown articles are not one outlet repeating itself).
 */
public final class Sources {
  /** The outlet name the manifest uses when it does not know the outlet. */
  static final String UNKNOWN = "unknown";

  private Sources() {}

  /** The source an article belongs to: its outlet, or {@code unknown (<article>)}. */
  public static String of(String outlet, String article) {
    return isUnknown(outlet) ? UNKNOWN + " (" + article + ")" : outlet;
  }

  static boolean isUnknown(String outlet) {
    return outlet.isBlank() || outlet.strip().toLowerCase(Locale.ROOT).equals(UNKNOWN);
  }

  /** Every source of the index, sorted; reads the outlet dictionary and the unknown outlet's articles only. */
  static List<String> all(IndexSearcher searcher) throws IOException {
    TreeSet<String> sources = new TreeSet<>();
    boolean unknown = false;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      SortedDocValues outlets = leaf.reader().getSortedDocValues(Schema.OUTLET);
      if (outlets == null) {
        continue;
      }
      for (int ord = 0; ord < outlets.getValueCount(); ord++) {
        String outlet = outlets.lookupOrd(ord).utf8ToString();
        if (isUnknown(outlet)) {
          unknown = true;
        } else {
          sources.add(outlet);
        }
      }
    }
    if (unknown) {
      for (String article : articlesOfUnknownOutlets(searcher)) {
        sources.add(of(UNKNOWN, article));
      }
    }
    return new ArrayList<>(sources);
  }

  /** A query that matches the paragraphs of a source, to leave it out. */
  static Query matching(String outlet, String article) {
    if (isUnknown(outlet)) {
      return new TermQuery(new Term(Schema.ARTICLE, article));
    }
    return new TermQuery(new Term(Schema.OUTLET_KEY, ParagraphDocuments.outletKey(outlet)));
  }

  private static TreeSet<String> articlesOfUnknownOutlets(IndexSearcher searcher) throws IOException {
    TreeSet<String> articles = new TreeSet<>();
    Query unknown = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.OUTLET_KEY, UNKNOWN)), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(Schema.OUTLET_KEY, "")), BooleanClause.Occur.SHOULD)
        .build();
    int count = searcher.count(unknown);
    if (count == 0) {
      return articles;
    }
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(unknown, count).scoreDocs) {
      articles.add(stored.document(hit.doc, Set.of(Schema.ARTICLE)).get(Schema.ARTICLE));
    }
    return articles;
  }
}
