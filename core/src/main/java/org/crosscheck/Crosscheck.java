package org.crosscheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.crosscheck.index.CorpusIndexer;
import org.crosscheck.index.IndexReport;
import org.crosscheck.index.IndexedParagraph;
import org.crosscheck.index.ParagraphDocuments;
import org.crosscheck.index.Schema;
import org.crosscheck.index.TextAnalyzers;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.internal.Check;
import org.crosscheck.search.ParagraphSearcher;
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
 * <p>Thread safety: share one instance across threads. Searches run concurrently and see the last
 * commit, including commits made by other processes; {@link #index} calls run one at a time, and
 * searches go on while one runs. Only one process at a time may write to an index folder; another
 * gets an {@link IndexLockedException}. Close the instance when done.
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
    Check.notNull(corpusFolder, "corpusFolder");
    ensureOpen();
    CorpusReader corpus = CorpusReader.open(corpusFolder);
    synchronized (writeLock) {
      try {
        Directory dir = directory(true);
        IndexWriterConfig config = new IndexWriterConfig(TextAnalyzers.perField())
            .setOpenMode(schemaVersion(dir).filter(v -> !v.equals(String.valueOf(Schema.VERSION))).isPresent()
                ? IndexWriterConfig.OpenMode.CREATE
                : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        IndexReport report;
        try (IndexWriter writer = new IndexWriter(dir, config)) {
          report = CorpusIndexer.sync(writer, corpus);
          writer.setLiveCommitData(Map.of(
              Schema.COMMIT_SCHEMA_VERSION, String.valueOf(Schema.VERSION),
              Schema.COMMIT_CORPUS, corpusFolder.toAbsolutePath().normalize().toString()).entrySet());
          writer.commit();
        }
        refreshAfterWrite();
        return report;
      } catch (LockObtainFailedException e) {
        throw new IndexLockedException(location);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the index at " + location + ": " + e.getMessage(), e);
      }
    }
  }

  /** Searches with the default options: ten hits, boilerplate left out. */
  public SearchResults search(String query) {
    return search(query, SearchOptions.defaults());
  }

  /**
   * Searches the paragraphs.
   *
   * @throws InvalidQueryException when the query is blank, does not parse or is too large
   * @throws IndexNotFoundException when the folder holds no index yet
   */
  public SearchResults search(String query, SearchOptions options) {
    Check.notNull(options, "options");
    return withSearcher(searcher -> ParagraphSearcher.search(searcher, query, options));
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
      manager.maybeRefresh();
      IndexSearcher searcher = manager.acquire();
      try {
        return work.apply(searcher);
      } finally {
        manager.release(searcher);
      }
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
