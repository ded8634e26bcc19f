package org.crosscheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.crosscheck.entities.ArticleEntities;
import org.crosscheck.entities.EntityCatalog;
import org.crosscheck.entities.EntityListOptions;
import org.crosscheck.entities.EntitySummary;
import org.crosscheck.entities.RuleBasedEntityExtractor;
import org.crosscheck.index.CommitSchedule;
import org.crosscheck.facts.CorpusFactFinder;
import org.crosscheck.facts.FactsReport;
import org.crosscheck.facts.SameFactFinder;
import org.crosscheck.facts.SameFactOptions;
import org.crosscheck.facts.SameFactResult;
import org.crosscheck.index.CorpusIndexer;
import org.crosscheck.index.CorpusWatcher;
import org.crosscheck.index.IndexListener;
import org.crosscheck.index.IndexProgress;
import org.crosscheck.index.SkippedFile;
import org.crosscheck.ingest.OutletRule;
import org.crosscheck.index.IndexReport;
import org.crosscheck.index.IndexedParagraph;
import org.crosscheck.index.IndexingOptions;
import org.crosscheck.index.IngestionCode;
import org.crosscheck.index.ParagraphDocuments;
import org.crosscheck.index.Schema;
import org.crosscheck.index.SmallSegmentsMerge;
import org.crosscheck.index.TextAnalyzers;
import org.crosscheck.index.WriterBuffer;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.internal.Check;
import org.crosscheck.search.ParagraphSearcher;
import org.crosscheck.search.SearchFacets;
import org.crosscheck.search.SearchOptions;
import org.crosscheck.search.SearchResults;

/**
 * The one object an application opens to index news articles and search them. It owns a paragraph
 * index in a folder (or in memory), mirrors corpus folders into it, and answers highlighted searches.
 *
 * <pre>{@code
 * try (Crosscheck crosscheck = Crosscheck.open(Path.of("news-index"))) {
 *   crosscheck.index(Path.of("seeds"));
 *   for (SearchHit hit : crosscheck.search("\"honest mistake\"").hits()) {
 *     System.out.println(hit.outlet() + ": " + hit.marked("[[", "]]"));
 *   }
 * }
 * }</pre>
 *
 * <p>Thread safety: share one instance across threads; every method may be called from any
 * thread at any time.
 *
 * <ul>
 *   <li>Searches ({@link #search}, {@link #paragraph}, {@link #outlets}, {@link #paragraphCount},
 *       {@link #withSearcher}) run concurrently, without locks between them. Each one answers from
 *       a single commit of the index: the latest one when it starts, including commits made by
 *       other processes. A thread never sees an older commit after a newer one.
 *   <li>{@link #index} calls run one at a time (a second waits for the first). Searches go on while
 *       one runs; they see its progress commit by commit (every {@link CommitSchedule#DEFAULT
 *       10 seconds}, and at the end), each commit holding whole articles only. A
 *       run writes articles on {@link IndexingOptions#threads() several threads} of its own, which
 *       end before it returns.
 *   <li>Only one process at a time may write to an index folder; another gets an {@link
 *       IndexLockedException}. A process killed while indexing leaves the index at its last commit,
 *       and the next {@link #index} run carries on from there.
 *   <li>{@link #close} waits for a running {@link #index}; searches that already hold a searcher
 *       finish, and any call that starts afterwards throws {@link IllegalStateException}.
 * </ul>
 *
 * <p>{@code ConcurrentSearchTest} holds this to account: eight threads searching while another
 * indexes, each answer checked against the commits.
 */
public final class Crosscheck implements AutoCloseable {
  private final Path location;
  private final Object writeLock = new Object();
  private final Object readerLock = new Object();
  private Directory directory;
  private SearcherManager searchers;
  private volatile boolean closed;

  private Crosscheck(Path location, Directory directory) {
    this.location = location;
    this.directory = directory;
  }

  /**
   * Opens the index in a folder. Nothing is created until {@link #index} writes: searching a folder
   * that holds no index throws {@link IndexNotFoundException}.
   */
  public static Crosscheck open(Path indexFolder) {
    Check.notNull(indexFolder, "indexFolder");
    if (Files.exists(indexFolder) && !Files.isDirectory(indexFolder)) {
      throw new CrosscheckException(indexFolder + ": not a folder, so it cannot hold an index");
    }
    return new Crosscheck(indexFolder.toAbsolutePath().normalize(), null);
  }

  /** An index that lives in memory only, for tests and short-lived tools. */
  public static Crosscheck inMemory() {
    return new Crosscheck(null, new ByteBuffersDirectory());
  }

  /** The crosscheck version, as built. */
  public static String version() {
    try (InputStream in = Crosscheck.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The index folder, or empty for an in-memory index. */
  public Optional<Path> location() {
    return Optional.ofNullable(location);
  }

  /**
   * Makes the index mirror a corpus folder: new and changed articles are indexed, unchanged ones left
   * alone, articles whose file is gone removed. Files that cannot be read are listed in the report
   * and whatever the index held for them stays. The index is committed before this returns.
   *
   * @throws CorpusException when the folder is missing or its manifest is malformed
   * @throws IndexLockedException when another process is writing to the index
   */
  public IndexReport index(Path corpusFolder) {
    return index(corpusFolder, OutletRule.manifestThenFolder(), IndexListener.NONE);
  }

  /** As {@link #index(Path)}, telling {@code listener} how far it has got (for a progress bar). */
  public IndexReport index(Path corpusFolder, IndexListener listener) {
    return index(corpusFolder, OutletRule.manifestThenFolder(), listener);
  }

  /**
   * As {@link #index(Path)}, for a corpus folder or a single {@code .jsonl} file, with outlets chosen
   * by {@code outlets} (for corpora whose folders are not outlets) and progress told to {@code listener}.
   * If the run fails part-way, the index keeps its last commit.
   *
   * @throws CorpusException when the folder is missing or its manifest is malformed
   * @throws IndexLockedException when another process is writing to the index
   */
  public IndexReport index(Path corpus, OutletRule outlets, IndexListener listener) {
    return index(corpus, outlets, IndexingOptions.defaults(), listener);
  }

  /**
   * As {@link #index(Path, OutletRule, IndexListener)}, with or without entity extraction and on as
   * many threads as {@code options} say. The index records whether it holds entities: without them,
   * searches, filters, facets and listings that need them throw {@link EntitiesNotIndexedException}.
   * A run with the other choice than the index's re-indexes every article.
   *
   * @throws CorpusException when the folder is missing or its manifest is malformed
   * @throws IndexLockedException when another process is writing to the index
   */
  public IndexReport index(Path corpus, OutletRule outlets, IndexingOptions options, IndexListener listener) {
    Check.notNull(corpus, "corpus");
    Check.notNull(outlets, "outlets");
    Check.notNull(options, "options");
    Check.notNull(listener, "listener");
    ensureOpen();
    CorpusReader reader = CorpusReader.open(corpus, outlets);
    synchronized (writeLock) {
      try {
        Directory dir = directory(true);
        IndexWriterConfig config = new IndexWriterConfig(TextAnalyzers.perField())
            .setOpenMode(schemaVersion(dir).filter(v -> !v.equals(String.valueOf(Schema.VERSION))).isPresent()
                ? IndexWriterConfig.OpenMode.CREATE
                : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            // A run that fails part-way leaves the index at its last commit (see CommitSchedule), never a half-done state.
            .setCommitOnClose(false)
            // The most it buffers; the run sizes the buffer to its corpus once it has listed the files (WriterBuffer).
            .setRAMBufferSizeMB(WriterBuffer.MAX_MB)
            .setMergePolicy(SmallSegmentsMerge.around(new TieredMergePolicy()));
        IndexReport report;
        try (IndexWriter writer = new IndexWriter(dir, config)) {
          // Set first, so the commits made along the way (CommitSchedule) carry it too.
          writer.setLiveCommitData(Map.of(
              Schema.COMMIT_SCHEMA_VERSION, String.valueOf(Schema.VERSION),
              Schema.COMMIT_INGESTION_CODE, IngestionCode.digest(),
              Schema.COMMIT_CORPUS, corpus.toAbsolutePath().normalize().toString()).entrySet());
          report = CorpusIndexer.sync(writer, reader, listener, options);
          if (report.paragraphsWritten() > 0 || report.articlesRemoved() > 0) {
            SmallSegmentsMerge.run(writer);
          }
          writer.commit();
        }
        refreshAfterWrite();
        listener.finished(report);
        return report;
      } catch (LockObtainFailedException e) {
        throw new IndexLockedException(location);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the index at " + location + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Keeps the index mirroring a corpus folder (or {@code .jsonl} file) as files arrive, change or go:
   * indexes it now, then again each time the folder has changed and been quiet for {@link
   * CorpusWatcher#DEFAULT_DEBOUNCE}. Runs go on a thread of the watcher's own; close the watcher to
   * stop (the run in progress commits first). Runs that fail (another process holds the index) are
   * told to {@link IndexListener#failed} and the watcher keeps going.
   */
  public CorpusWatcher watch(Path corpus, OutletRule outlets, IndexListener listener) {
    return watch(corpus, outlets, listener, CorpusWatcher.DEFAULT_DEBOUNCE);
  }

  /** As {@link #watch(Path, OutletRule, IndexListener)}, with the quiet time before a run. */
  public CorpusWatcher watch(Path corpus, OutletRule outlets, IndexListener listener, Duration debounce) {
    return watch(corpus, outlets, IndexingOptions.defaults(), listener, debounce);
  }

  /** As {@link #watch(Path, OutletRule, IndexListener, Duration)}, each run indexing as {@code options} say. */
  public CorpusWatcher watch(Path corpus, OutletRule outlets, IndexingOptions options, IndexListener listener, Duration debounce) {
    Check.notNull(corpus, "corpus");
    Check.notNull(outlets, "outlets");
    Check.notNull(options, "options");
    Check.notNull(listener, "listener");
    Check.notNull(debounce, "debounce");
    ensureOpen();
    CorpusReader.open(corpus, outlets); // a missing folder is the caller's mistake now, not the watcher's later
    IndexListener progressOnly = new IndexListener() {
      @Override
      public void progress(IndexProgress progress) {
        listener.progress(progress);
      }

      @Override
      public void skipped(SkippedFile file) {
        listener.skipped(file);
      }
    };
    // The watcher tells the listener of each run's end itself, so the run's own call is left out.
    return new CorpusWatcher(corpus, debounce, () -> index(corpus, outlets, options, progressOnly), listener);
  }

  /** Searches with the default options: ten hits, boilerplate left out, matches counted exactly up to a thousand. */
  public SearchResults search(String query) {
    return search(query, SearchOptions.defaults());
  }

  /**
   * Searches the paragraphs.
   *
   * @throws InvalidQueryException when the query is blank, does not parse or is too large
   * @throws IndexNotFoundException when the folder holds no index yet
   * @throws EntitiesNotIndexedException when the query or a filter needs entities ({@code person:},
   *     {@code quote:}, {@link SearchOptions#people()}, ...) and the index was built without them
   */
  public SearchResults search(String query, SearchOptions options) {
    Check.notNull(options, "options");
    return withSearcher(searcher -> ParagraphSearcher.search(searcher, query, options));
  }

  /**
   * Counts the paragraphs a search matches by outlet and by the people, organisations and places
   * they name (canonical entities, display names), at most {@code top} values per dimension.
   *
   * @throws InvalidQueryException when the query is blank or does not parse
   * @throws IndexNotFoundException when the folder holds no index yet
   * @throws EntitiesNotIndexedException when the index was built without entities
   */
  public SearchFacets facets(String query, SearchOptions options, int top) {
    Check.notNull(options, "options");
    Check.between(top, 1, 10_000, "top");
    return withSearcher(searcher -> ParagraphSearcher.facets(searcher, query, options, top));
  }

  /**
   * The canonical people, organisations, places, dates, quote speakers and numbers the index holds,
   * with how many body paragraphs of each outlet name them and the spellings seen.
   *
   * @throws IndexNotFoundException when the folder holds no index yet
   * @throws EntitiesNotIndexedException when the index was built without entities
   */
  public List<EntitySummary> entities(EntityListOptions options) {
    Check.notNull(options, "options");
    return withSearcher(searcher -> EntityCatalog.list(searcher, options));
  }

  /**
   * The entities of one article, paragraph by paragraph and sentence by sentence, as the index gets
   * them: the same extractor and the same canonical keys. Needs no index; thread-safe.
   */
  public static ArticleEntities entitiesOf(Article article) {
    Check.notNull(article, "article");
    return RuleBasedEntityExtractor.shared().extract(article);
  }

  /** {@link #sameFact(String, SameFactOptions)} with the calibrated defaults. */
  public SameFactResult sameFact(String statement) {
    return sameFact(statement, SameFactOptions.defaults());
  }

  /**
   * Which outlets report a statement given in the caller's words: per outlet, the best evidence or
   * "not reported", the wording variants and the discrepancies. Thread-safe.
   *
   * @throws InvalidQueryException when the statement is empty, has only stop words or is too long
   * @throws IndexNotFoundException when the folder holds no index yet
   */
  public SameFactResult sameFact(String statement, SameFactOptions options) {
    Check.notNull(options, "options");
    return withSearcher(searcher -> SameFactFinder.forStatement(searcher, statement, options));
  }

  /** {@link #sameFactAsParagraph(String, SameFactOptions)} with the calibrated defaults. */
  public SameFactResult sameFactAsParagraph(String paragraphId) {
    return sameFactAsParagraph(paragraphId, SameFactOptions.defaults());
  }

  /**
   * Which other outlets report what a paragraph of the index says ({@code article:number}); the
   * paragraph's own outlet is left out. Thread-safe.
   *
   * @throws ParagraphNotFoundException when the index holds no paragraph with this id
   * @throws IndexNotFoundException when the folder holds no index yet
   */
  public SameFactResult sameFactAsParagraph(String paragraphId, SameFactOptions options) {
    Check.notNull(options, "options");
    return withSearcher(searcher -> SameFactFinder.forParagraph(searcher, paragraphId, options));
  }

  /** {@link #facts(SameFactOptions)} with the calibrated defaults. */
  public FactsReport facts() {
    return facts(SameFactOptions.defaults());
  }

  /**
   * Groups the statements of the whole corpus across outlets: the facts several outlets report, the
   * most widely reported first, and the claims only one outlet makes. Its work per sentence is
   * bounded, so it takes time in proportion to the corpus; it runs on every core (the common
   * fork-join pool). Thread-safe.
   *
   * @throws IndexNotFoundException when the folder holds no index yet
   */
  public FactsReport facts(SameFactOptions options) {
    Check.notNull(options, "options");
    return withSearcher(searcher -> CorpusFactFinder.report(searcher, options));
  }

  /** The paragraph with this id ({@code article:number}), boilerplate included. */
  public Optional<IndexedParagraph> paragraph(String id) {
    Check.notBlank(id, "id");
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id.strip())), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.<IndexedParagraph>empty();
      }
      return Optional.of(ParagraphDocuments.fromStored(searcher.storedFields().document(top.scoreDocs[0].doc)));
    });
  }

  /**
   * The paragraph with this id and up to {@code radius} paragraphs either side of it, in reading
   * order, boilerplate included; empty when the index holds no such paragraph.
   */
  public List<IndexedParagraph> paragraphsAround(String id, int radius) {
    Check.notBlank(id, "id");
    Check.between(radius, 0, 1000, "radius");
    Optional<IndexedParagraph> centre = paragraph(id);
    if (centre.isEmpty()) {
      return List.of();
    }
    String article = centre.get().paragraph().articleId();
    int number = centre.get().paragraph().number();
    return withSearcher(searcher -> {
      Query around = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Schema.ARTICLE, article)), BooleanClause.Occur.FILTER)
          .add(IntPoint.newRangeQuery(Schema.PARAGRAPH, Math.max(1, number - radius), number + radius), BooleanClause.Occur.FILTER)
          .build();
      TopDocs top = searcher.search(around, 2 * radius + 1, new Sort(new SortField(Schema.PARAGRAPH, SortField.Type.INT)));
      List<IndexedParagraph> paragraphs = new ArrayList<>(top.scoreDocs.length);
      for (var hit : top.scoreDocs) {
        paragraphs.add(ParagraphDocuments.fromStored(searcher.storedFields().document(hit.doc)));
      }
      return paragraphs;
    });
  }

  /** The outlets the index holds, sorted. */
  public List<String> outlets() {
    return withSearcher(searcher -> {
      TreeSet<String> outlets = new TreeSet<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        SortedDocValues values = leaf.reader().getSortedDocValues(Schema.OUTLET);
        if (values != null) {
          for (int ord = 0; ord < values.getValueCount(); ord++) {
            outlets.add(values.lookupOrd(ord).utf8ToString());
          }
        }
      }
      return new ArrayList<>(outlets);
    });
  }

  /** How many paragraphs the index holds, boilerplate included. */
  public int paragraphCount() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  /**
   * Whether the last commit was written by ingestion code like this crosscheck's. When not, the
   * paragraphs may have been split, set aside or tagged by older rules; running {@link #index} again
   * re-indexes every article. False when there is no index.
   */
  public boolean isIndexedByThisVersion() {
    ensureOpen();
    try {
      Directory dir = directory(false);
      if (dir == null || !DirectoryReader.indexExists(dir)) {
        return false;
      }
      return IngestionCode.digest().equals(SegmentInfos.readLatestCommit(dir).getUserData().get(Schema.COMMIT_INGESTION_CODE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The corpus folder the index mirrors, as recorded by the last {@link #index} run. */
  public Optional<Path> corpus() {
    ensureOpen();
    try {
      Directory dir = directory(false);
      if (dir == null || !DirectoryReader.indexExists(dir)) {
        return Optional.empty();
      }
      return Optional.ofNullable(SegmentInfos.readLatestCommit(dir).getUserData().get(Schema.COMMIT_CORPUS)).map(Path::of);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Work that needs a searcher, for the features built on this facade. */
  @FunctionalInterface
  public interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs {@code work} on a searcher over the last commit, released afterwards. Thread-safe.
   *
   * @throws IndexNotFoundException when the folder holds no index yet
   */
  public <T> T withSearcher(SearcherFunction<T> work) {
    ensureOpen();
    SearcherManager manager = searchers();
    try {
      IndexSearcher searcher = manager.acquire();
      if (behindLastCommit(searcher)) {
        manager.release(searcher);
        manager.maybeRefresh();
        searcher = manager.acquire();
      }
      try {
        return work.apply(searcher);
      } finally {
        manager.release(searcher);
      }
    } catch (AlreadyClosedException e) {
      // close() ran while this search was starting: say so as ensureOpen would have.
      throw new IllegalStateException("this Crosscheck is closed");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index at " + location + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      synchronized (readerLock) {
        if (closed) {
          return;
        }
        closed = true;
        try {
          if (searchers != null) {
            searchers.close();
          }
          if (directory != null) {
            directory.close();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private SearcherManager searchers() {
    synchronized (readerLock) {
      ensureOpen();
      if (searchers == null) {
        try {
          Directory dir = directory(false);
          if (dir == null || !DirectoryReader.indexExists(dir)) {
            throw new IndexNotFoundException(location);
          }
          Optional<String> version = schemaVersion(dir);
          if (version.isEmpty() || !version.get().equals(String.valueOf(Schema.VERSION))) {
            throw new IncompatibleIndexException(location, version.orElse("none"), Schema.VERSION);
          }
          searchers = new SearcherManager(dir, null);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot open the index at " + location + ": " + e.getMessage(), e);
        }
      }
      return searchers;
    }
  }

  /**
   * Whether a newer commit than the searcher's is on disk (made by another process, say). A commit
   * always writes a new segments_N file, so listing the folder tells; that is much cheaper than the
   * manager's own check, which reads the latest commit file on every search.
   */
  private boolean behindLastCommit(IndexSearcher searcher) throws IOException {
    if (!(searcher.getIndexReader() instanceof DirectoryReader reader)) {
      return true;
    }
    long onDisk = SegmentInfos.getLastCommitGeneration(reader.directory().listAll());
    return onDisk != reader.getIndexCommit().getGeneration();
  }

  private void refreshAfterWrite() throws IOException {
    synchronized (readerLock) {
      if (searchers != null) {
        searchers.maybeRefreshBlocking();
      }
    }
  }

  /** The Lucene directory, opened on first use; for reading, a folder that does not exist gives null. */
  private Directory directory(boolean forWriting) throws IOException {
    synchronized (readerLock) {
      if (directory == null) {
        if (!forWriting && !Files.isDirectory(location)) {
          return null;
        }
        directory = FSDirectory.open(location);
      }
      return directory;
    }
  }

  private static Optional<String> schemaVersion(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return Optional.empty();
    }
    return Optional.ofNullable(SegmentInfos.readLatestCommit(dir).getUserData().get(Schema.COMMIT_SCHEMA_VERSION));
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("this Crosscheck is closed");
    }
  }
}
