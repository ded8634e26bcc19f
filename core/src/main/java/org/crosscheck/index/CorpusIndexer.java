package org.crosscheck.index;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.crosscheck.InvalidArticleException;
import org.crosscheck.entities.EntityExtractor;
import org.crosscheck.entities.RuleBasedEntityExtractor;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleFile;
import org.crosscheck.ingest.CorpusFile;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.ingest.FileWarning;
import org.crosscheck.ingest.Paragraph;
import org.crosscheck.ingest.ParagraphKind;
import org.crosscheck.ingest.SkipReason;

/**
 * Makes an index mirror a corpus folder: articles new or changed since the last run are
 * (re)written, unchanged ones are left alone, and articles whose file is gone are deleted. A file
 * that cannot be read is reported and whatever the index held for it stays, so a bad file never
 * costs data that was already indexed.
 *
 * <p>Each article's paragraphs are replaced as one block ({@link IndexWriter#updateDocuments}), so
 * a reader never sees half an article and re-indexing never duplicates a paragraph.
 *
 * <p>The calling thread reads and parses the files in the order of their paths and decides, in that
 * order, what happens to each article (new, changed, unchanged, a duplicate id, a file to skip), so
 * the report, the skipped files and the figures of the progress events never depend on timing. Extracting the
 * entities and writing the documents, most of the work, runs on {@link IndexingOptions#threads()}
 * threads meanwhile. The index holds the same paragraphs whatever the thread count; only the order of
 * documents inside its segments differs, which no search depends on (ties are broken by id).
 */
public final class CorpusIndexer {
  private CorpusIndexer() {}

  /** Brings the writer's index in line with the corpus, telling no one. The caller commits. */
  public static IndexReport sync(IndexWriter writer, CorpusReader corpus) throws IOException {
    return sync(writer, corpus, IndexListener.NONE);
  }

  /** Brings the writer's index in line with the corpus, committing nothing. The caller commits. */
  public static IndexReport sync(IndexWriter writer, CorpusReader corpus, IndexListener listener) throws IOException {
    return sync(writer, corpus, listener, IndexingOptions.defaults().withCommits(CommitSchedule.AT_END));
  }

  /**
   * Brings the writer's index in line with the corpus. The caller commits at the end; along the way
   * the writer commits as {@link IndexingOptions#commits()} says, with whatever commit data the caller set on it, and
   * with {@link Schema#COMMIT_ENTITIES} saying whether every article carries entities.
   *
   * @param writer an open writer on the index; the run sets its RAM buffer to suit the corpus
   *     ({@link WriterBuffer})
   * @param corpus the corpus to mirror
   * @param listener hears of progress and of skipped files, on the calling thread
   * @param options whether to extract entities, on how many threads to write, and when to commit
   *     during the run, so a crash loses little
   */
  public static IndexReport sync(IndexWriter writer, CorpusReader corpus, IndexListener listener, IndexingOptions options)
      throws IOException {
    Map<String, String> indexed = indexedFingerprints(writer);
    EntityMode mode = EntityMode.of(options.entities());
    // Until every article is rewritten, commits made along the way hold articles of both kinds.
    boolean switching = indexed.values().stream().anyMatch(fingerprint -> entityModeOf(fingerprint) != mode);
    recordEntityMode(writer, switching ? EntityMode.MIXED : mode);
    Run run;
    try (ArticleWriters writers = ArticleWriters.start(options.threads())) {
      run = new Run(writer, indexed, listener, options.commits().start(writer), options, writers);
      List<CorpusFile> files = corpus.files();
      for (CorpusFile file : files) {
        run.bytesTotal += CorpusReader.sizeOf(file);
      }
      writer.getConfig().setRAMBufferSizeMB(WriterBuffer.megabytesFor(run.bytesTotal, options.threads()));
      run.report();
      for (CorpusFile file : files) {
        corpus.read(file, run);
        run.rethrow();
      }
      run.settleWrites();
    }
    int removed = 0;
    for (String articleId : run.indexed.keySet()) {
      if (!run.present.containsKey(articleId)) {
        writer.deleteDocuments(new Term(Schema.ARTICLE, articleId));
        removed++;
      }
    }
    // Articles kept because their file could not be read again still have what an earlier run gave them.
    boolean keptOtherMode = run.kept.stream().anyMatch(id -> entityModeOf(indexed.get(id)) != mode);
    recordEntityMode(writer, keptOtherMode ? EntityMode.MIXED : mode);
    int inIndex;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      inIndex = reader.numDocs();
    }
    return new IndexReport(corpus.root(), run.added, run.updated, run.unchanged, removed, run.paragraphs, run.boilerplate,
        inIndex, run.skipped, run.warnings, Duration.ofNanos(System.nanoTime() - run.started));
  }

  /** A listener call and the article write it waits for (null: none). */
  private record Pending(ArticleWriters.Ended after, Runnable call) {
    boolean mayGo() {
      return after == null || after.yes();
    }
  }

  /** Sets {@link Schema#COMMIT_ENTITIES} in the commit data the writer's next commits carry, keeping the rest. */
  private static void recordEntityMode(IndexWriter writer, EntityMode mode) {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    data.put(Schema.COMMIT_ENTITIES, mode.label());
    // Not counted as a change: a run that changes no article makes no commit along the way, as before.
    writer.setLiveCommitData(data.entrySet(), false);
  }

  /**
   * The state of one run, fed article by article by the corpus reader on the calling thread. The
   * listener hears of each article and skipped file in reading order, once the articles before it
   * are written, with the figures a one-thread run would give at that point.
   */
  private static final class Run implements CorpusReader.ArticleSink {
    final long started = System.nanoTime();
    final IndexWriter writer;
    final Map<String, String> indexed;
    final IndexListener listener;
    final IndexingOptions options;
    final EntityExtractor extractor;
    final ArticleWriters writers;
    /** Article id to the source that gave it first, so a second source with the same id is refused. */
    final Map<String, String> present = new HashMap<>();
    /** Articles the index holds whose file could not be read this time: they stay as they were. */
    final Set<String> kept = new HashSet<>();
    final List<SkippedFile> skipped = new ArrayList<>();
    final List<FileWarning> warnings = new ArrayList<>();
    final CommitSchedule.Checkpoints checkpoints;
    /** Listener calls waiting till the article written before them has ended, oldest first. */
    final ArrayDeque<Pending> pending = new ArrayDeque<>();
    /** The last article handed to the writers. */
    ArticleWriters.Ended lastWrite;
    int paragraphs;
    int added;
    int updated;
    int unchanged;
    int boilerplate;
    long bytesRead;
    long bytesTotal;
    IOException failure;

    Run(IndexWriter writer, Map<String, String> indexed, IndexListener listener, CommitSchedule.Checkpoints checkpoints,
        IndexingOptions options, ArticleWriters writers) {
      this.writer = writer;
      this.indexed = indexed;
      this.listener = listener;
      this.checkpoints = checkpoints;
      this.options = options;
      this.extractor = options.entities() ? RuleBasedEntityExtractor.shared() : null;
      this.writers = writers;
    }

    @Override
    public void article(ArticleFile read, long bytes) {
      bytesRead += bytes;
      if (failure != null || writers.failed()) {
        return;
      }
      String articleId = read.article().id();
      if (isDuplicate(articleId, read.article().source(), bytes)) {
        return;
      }
      warnings.addAll(read.warnings());
      checkpoint();
      String fingerprint = versioned(read.fingerprint(), options.entities());
      String previous = indexed.get(articleId);
      if (fingerprint.equals(previous)) {
        unchanged++;
        report();
        return;
      }
      if (previous == null) {
        added++;
      } else {
        updated++;
      }
      for (Paragraph paragraph : read.article().paragraphs()) {
        if (paragraph.kind() == ParagraphKind.BOILERPLATE) {
          boilerplate++;
        }
      }
      paragraphs += read.article().paragraphs().size();
      Article article = read.article();
      lastWrite = writers.submit(() ->
          writer.updateDocuments(new Term(Schema.ARTICLE, articleId), ParagraphDocuments.toDocuments(article, fingerprint, extractor)));
      report();
    }

    @Override
    public void skipped(Optional<String> articleId, InvalidArticleException problem, long bytes) {
      bytesRead += bytes;
      // Whatever the index holds for an article that cannot be read now stays.
      articleId.ifPresent(id -> {
        if (present.putIfAbsent(id, problem.source()) == null && indexed.containsKey(id)) {
          kept.add(id);
        }
      });
      skip(new SkippedFile(problem.source(), problem.reason(), problem.getMessage()));
    }

    private boolean isDuplicate(String articleId, String source, long bytes) {
      String first = present.putIfAbsent(articleId, source);
      if (first == null) {
        return false;
      }
      skip(new SkippedFile(source, SkipReason.DUPLICATE_ID,
          source + ": article id '" + articleId + "' is already taken by " + first + "; the second one is not indexed"));
      return true;
    }

    private void skip(SkippedFile file) {
      skipped.add(file);
      tell(() -> listener.skipped(file));
      report();
    }

    /**
     * Commits what came before this article when the schedule says so (per article, so a big .jsonl
     * file commits too), once the writer threads have finished those articles.
     */
    private void checkpoint() {
      try {
        checkpoints.nextFile(this::settleWrites);
      } catch (IOException e) {
        failure = e;
      }
    }

    /**
     * Waits for the articles handed to the writers, flushes what they wrote and tells the listener
     * what it was waiting to hear: before each commit, and at the end of the run.
     */
    void settleWrites() throws IOException {
      writers.awaitIdle();
      writers.rethrow();
      flushOnWriterThreads();
      writers.rethrow();
      tellListener();
    }

    /**
     * Writes the in-memory segments to the directory on all writer threads at once, so that the
     * commit that follows, on the calling thread, has little left to do alone. With one thread the
     * commit does it, as it always did.
     */
    void flushOnWriterThreads() {
      if (options.threads() > 1) {
        writers.onEveryThread(() -> {
          while (writer.flushNextBuffer()) {
            // one in-memory segment after another, till none is left
          }
        });
      }
    }

    void report() {
      int articles = added + updated + unchanged;
      int written = paragraphs;
      int skips = skipped.size();
      long read = bytesRead;
      long total = Math.max(bytesTotal, bytesRead);
      tell(() -> listener.progress(
          new IndexProgress(articles, written, skips, read, total, Duration.ofNanos(System.nanoTime() - started))));
    }

    /** Calls the listener once the article written last has ended, after the calls queued before. */
    private void tell(Runnable call) {
      pending.addLast(new Pending(lastWrite, call));
      tellListener();
    }

    /** Makes the queued listener calls whose article has ended, in order. */
    void tellListener() {
      while (!pending.isEmpty() && pending.peekFirst().mayGo()) {
        pending.removeFirst().call().run();
      }
    }

    void rethrow() throws IOException {
      if (failure != null) {
        throw failure;
      }
      writers.rethrow();
    }
  }

  /** The fingerprint of each article the index holds, read from doc values. */
  static Map<String, String> indexedFingerprints(IndexWriter writer) throws IOException {
    Map<String, String> fingerprints = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader leafReader = leaf.reader();
        SortedDocValues articles = leafReader.getSortedDocValues(Schema.ARTICLE);
        SortedDocValues fingerprintValues = leafReader.getSortedDocValues(Schema.FINGERPRINT);
        if (articles == null || fingerprintValues == null) {
          continue;
        }
        Bits live = leafReader.getLiveDocs();
        for (int doc = articles.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = articles.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String article = articles.lookupOrd(articles.ordValue()).utf8ToString();
          if (fingerprintValues.advanceExact(doc)) {
            fingerprints.putIfAbsent(article, fingerprintValues.lookupOrd(fingerprintValues.ordValue()).utf8ToString());
          }
        }
      }
    }
    return fingerprints;
  }

  /** Marks the fingerprints of articles indexed without entities. */
  private static final String WITHOUT_ENTITIES = ":no-entities:";

  /**
   * A fingerprint that also changes when the schema, the ingestion code or the entity choice does, so
   * a crosscheck that would index an article differently re-indexes it. With entities it is written
   * as before the choice existed, so indexes from then stay current.
   */
  private static String versioned(String fingerprint, boolean entities) {
    return Schema.VERSION + ":" + IngestionCode.digest() + (entities ? ":" : WITHOUT_ENTITIES) + fingerprint;
  }

  /** Whether the article with this indexed fingerprint was written with entities. */
  private static EntityMode entityModeOf(String versionedFingerprint) {
    return EntityMode.of(!versionedFingerprint.contains(WITHOUT_ENTITIES));
  }
}
