package org.crosscheck.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.crosscheck.InvalidQueryException;
import org.crosscheck.Span;
import org.crosscheck.entities.EntityCatalog;
import org.crosscheck.entities.EntityQueries;
import org.crosscheck.index.EntityMode;
import org.crosscheck.index.IndexedParagraph;
import org.crosscheck.index.ParagraphDocuments;
import org.crosscheck.index.Schema;
import org.crosscheck.ingest.Paragraph;

/**
 * Runs a highlighted full-text search over a paragraph index. Stateless; each call works on the
 * searcher it is given, so any number of threads may search at once.
 */
public final class ParagraphSearcher {
  private ParagraphSearcher() {}

  /**
   * @throws InvalidQueryException when the query does not parse or is too large to run
   */
  public static SearchResults search(IndexSearcher searcher, String query, SearchOptions options) throws IOException {
    Query parsed = ParagraphQueryParser.parse(query);
    String needsEntities = entityUse(parsed, options);
    if (needsEntities != null) {
      EntityMode.require(searcher.getIndexReader(), needsEntities);
    }
    // Boilerplate is left out as hits are collected, not by the query (see BoilerplateDocs).
    Query ranked = withFilters(parsed, options.withBoilerplate(true));
    boolean leaveOutBoilerplate = !options.includeBoilerplate();
    int wanted = options.offset() + options.limit();
    // The options' filters name their terms (outlets, articles, names): only the query itself can walk terms.
    IndexSearcher timed = withDeadline(searcher, SearchDeadline.in(options.timeout()), walksTerms(parsed));
    TopDocs top;
    long total;
    boolean partial;
    boolean exact;
    try {
      // Best score first, equal scores in id order, so results do not flicker between index builds.
      top = timed.search(ranked, new TopHitsByScoreThenId(wanted, searcher.getIndexReader(),
          leaveOutBoilerplate ? BoilerplateDocs.LEFT_OUT : TopHitsByScoreThenId.LeftOut.NOTHING));
      partial = timed.timedOut();
      exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO && !partial;
      total = top.totalHits.value();
      if (!exact && !partial && options.exactCount()) {
        total = count(timed, ranked, leaveOutBoilerplate);
        partial = timed.timedOut();
        exact = !partial;
      }
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      // The time ran out while the query's terms were being enumerated, before any hit was collected.
      top = new TopDocs(new TotalHits(0, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), new ScoreDoc[0]);
      total = 0;
      partial = true;
      exact = false;
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(query, "it expands to more than " + IndexSearcher.getMaxClauseCount() + " terms; make it more specific");
    } catch (TooComplexToDeterminizeException e) {
      throw new InvalidQueryException(query, "a regular expression or wildcard in it is too complex to run");
    }
    ScoreDoc[] page = pageOf(top.scoreDocs, options.offset());
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    // Each hit's stored fields are read (and decompressed) once; the highlighter gets the text from here.
    StoredFields stored = searcher.storedFields();
    IndexedParagraph[] paragraphs = new IndexedParagraph[page.length];
    List<Paragraph> texts = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(page[i].doc);
      paragraphs[i] = ParagraphDocuments.fromStored(doc);
      texts.add(paragraphs[i].paragraph());
    }
    List<List<Passage>> passages = new ParagraphHighlighter(searcher).passages(parsed, docIds, texts);
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      hits.add(hit(paragraphs[i], page[i].score, passages.get(i), options.passages()));
    }
    return new SearchResults(query, total, options.offset(), hits, partial, exact);
  }

  /**
   * A searcher of its own for one search, over the same reader, that stops at the deadline: the
   * searcher's timeout stops hit collection; for a query that walks terms (see {@link
   * #walksTerms}) a reader wrapper also stops the walk, the costly part of wildcards and regular
   * expressions. Other queries go without the wrapper, whose checks on every term lookup and doc
   * value cost them about 4%. Shared searchers are left untouched.
   */
  private static IndexSearcher withDeadline(IndexSearcher shared, SearchDeadline deadline, boolean walksTerms) throws IOException {
    IndexSearcher timed = walksTerms && shared.getIndexReader() instanceof DirectoryReader directory
        ? new IndexSearcher(new ExitableDirectoryReader(directory, deadline))
        : new IndexSearcher(shared.getIndexReader());
    timed.setSimilarity(shared.getSimilarity());
    timed.setQueryCache(shared.getQueryCache());
    timed.setTimeout(deadline);
    return timed;
  }

  /**
   * Whether a query walks through a field's terms or points to find what it matches (wildcards,
   * prefixes, fuzzy terms, regular expressions, ranges), work that can take long before the first
   * hit is collected. Term, phrase and synonym queries only look up the terms they name. Anything
   * else a query holds counts as walking, so a query Lucene adds later keeps its deadline.
   */
  static boolean walksTerms(Query query) {
    boolean[] walks = {false};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTermsMatching(Query walking, String field, Supplier<ByteRunAutomaton> automaton) {
        walks[0] = true;
      }

      @Override
      public void visitLeaf(Query leaf) {
        walks[0] = true;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this; // NOT clauses walk their terms too
      }
    });
    return walks[0];
  }

  /**
   * Counts the paragraphs the query matches (with the options' filters) by outlet and by the people,
   * organisations and places they name; at most {@code top} values per dimension.
   *
   * @throws InvalidQueryException when the query does not parse
   */
  public static SearchFacets facets(IndexSearcher searcher, String query, SearchOptions options, int top) throws IOException {
    Query filtered = withFilters(ParagraphQueryParser.parse(query), options);
    EntityMode.require(searcher.getIndexReader(), "counting by person, organisation and place (facets)");
    try {
      return EntityCatalog.facets(searcher, query, filtered, top);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(query, "it expands to more than " + IndexSearcher.getMaxClauseCount() + " terms; make it more specific");
    }
  }

  /**
   * What in a search needs the entity fields, said as the user asked for it ("the query field
   * 'person:'"), or null when nothing does. Fields under NOT count too: {@code oil NOT person:blair}
   * would otherwise quietly keep every paragraph.
   */
  static String entityUse(Query parsed, SearchOptions options) {
    if (!options.people().isEmpty()) {
      return "the person filter";
    }
    if (!options.organizations().isEmpty()) {
      return "the organisation filter";
    }
    if (!options.places().isEmpty()) {
      return "the place filter";
    }
    TreeSet<String> fields = new TreeSet<>();
    parsed.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        if (Schema.ENTITY_FIELDS.contains(field)) {
          fields.add(field);
        }
        return false;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    if (fields.isEmpty()) {
      return null;
    }
    String field = fields.first();
    String typed = QueryField.all().values().stream()
        .filter(f -> f.indexField().equals(field))
        .map(QueryField::name)
        .findFirst()
        .orElse(field);
    return "the query field '" + typed + ":'";
  }

  /** Every paragraph is body or boilerplate, and boilerplate is rare: the cheap side to name in a filter. */
  private static final Query BOILERPLATE = new TermQuery(BoilerplateDocs.TERM);

  /**
   * Adds the options' filters, which narrow the hits without touching their scores. Boilerplate is
   * left out by excluding its few paragraphs, which costs less than intersecting with all the body;
   * for counting and facets. The ranked search leaves it out as it collects ({@link BoilerplateDocs}).
   */
  static Query withFilters(Query query, SearchOptions options) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    if (!options.includeBoilerplate()) {
      builder.add(BOILERPLATE, BooleanClause.Occur.MUST_NOT);
    }
    if (!options.outlets().isEmpty()) {
      builder.add(termsOf(Schema.OUTLET_KEY, options.outlets().stream().map(ParagraphDocuments::outletKey).toList()),
          BooleanClause.Occur.FILTER);
    }
    if (!options.articles().isEmpty()) {
      builder.add(termsOf(Schema.ARTICLE, List.copyOf(options.articles())), BooleanClause.Occur.FILTER);
    }
    addEntityFilters(builder, Schema.PERSON_NAME, options.people(), "person");
    addEntityFilters(builder, Schema.ORG_NAME, options.organizations(), "organization");
    addEntityFilters(builder, Schema.PLACE_NAME, options.places(), "place");
    return builder.build();
  }

  private static void addEntityFilters(BooleanQuery.Builder builder, String nameField, Set<String> names, String what) {
    for (String name : names) {
      Query query = EntityQueries.name(nameField, name);
      if (query == null) {
        throw new InvalidQueryException(name, "a " + what + " filter needs a name with letters or digits");
      }
      builder.add(query, BooleanClause.Occur.FILTER);
    }
  }

  /**
   * How many paragraphs match in all, when the ranking stopped counting and every match is asked
   * for: the ranked query's matches, less its boilerplate ones when boilerplate is left out. Lucene
   * counts a term query's matches from its document frequency without visiting them, and the
   * boilerplate side is small.
   */
  private static long count(IndexSearcher searcher, Query ranked, boolean leaveOutBoilerplate) throws IOException {
    long matches = searcher.count(ranked);
    if (!leaveOutBoilerplate) {
      return matches;
    }
    Query boilerplateMatches = new BooleanQuery.Builder()
        .add(ranked, BooleanClause.Occur.MUST)
        .add(BOILERPLATE, BooleanClause.Occur.FILTER)
        .build();
    return matches - searcher.count(boilerplateMatches);
  }

  private static Query termsOf(String field, List<String> values) {
    List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
    return new TermInSetQuery(field, terms);
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, int offset) {
    if (offset >= all.length) {
      return new ScoreDoc[0];
    }
    ScoreDoc[] page = new ScoreDoc[all.length - offset];
    System.arraycopy(all, offset, page, 0, page.length);
    return page;
  }

  private static SearchHit hit(IndexedParagraph stored, float score, List<Passage> passages, int keep) {
    TreeSet<Span> highlights = new TreeSet<>();
    for (Passage passage : passages) {
      highlights.addAll(passage.matches());
    }
    List<Passage> best = passages.stream()
        .sorted(Comparator.comparingDouble((Passage p) -> -p.score()).thenComparing(Passage::span))
        .limit(keep)
        .sorted(Comparator.comparing(Passage::span))
        .toList();
    var paragraph = stored.paragraph();
    return new SearchHit(paragraph.id(), paragraph.articleId(), stored.outlet(), stored.title(), paragraph.number(),
        paragraph.kind(), score, paragraph.text(), best, List.copyOf(highlights));
  }
}
