package org.crosscheck.index;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.crosscheck.InvalidArticleException;
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
 */
public final class CorpusIndexer {
  private CorpusIndexer() {}

  /** Brings the writer's index in line with the corpus, telling no one. The caller commits. */
  public static IndexReport sync(IndexWriter writer, CorpusReader corpus) throws IOException {
    return sync(writer, corpus, IndexListener.NONE);
  }

  /** Brings the writer's index in line with the corpus, committing nothing. The caller commits. */
  public static IndexReport sync(IndexWriter writer, CorpusReader corpus, IndexListener listener) throws IOException {
    return sync(writer, corpus, listener, CommitSchedule.AT_END);
  }

  /**
   * Brings the writer's index in line with the corpus. The caller commits at the end; along the way
   * the writer commits as {@code schedule} says, with whatever commit data the caller set on it.
   *
   * @param writer an open writer on the index
   * @param corpus the corpus to mirror
   * @param listener hears of progress and of skipped files
   * @param schedule when to commit during the run, so a crash loses little
   */
  public static IndexReport sync(IndexWriter writer, CorpusReader corpus, IndexListener listener, CommitSchedule schedule)
      throws IOException {
    Run run = new Run(writer, indexedFingerprints(writer), listener, schedule.start(writer));
    List<CorpusFile> files = corpus.files();
    for (CorpusFile file : files) {
      run.bytesTotal += CorpusReader.sizeOf(file);
    }
    run.report();
    for (CorpusFile file : files) {
      corpus.read(file, run);
      run.rethrow();
    }
    int removed = 0;
    for (String articleId : run.indexed.keySet()) {
      if (!run.present.containsKey(articleId)) {
        writer.deleteDocuments(new Term(Schema.ARTICLE, articleId));
        removed++;
      }
    }
    int inIndex;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      inIndex = reader.numDocs();
    }
    return new IndexReport(corpus.root(), run.added, run.updated, run.unchanged, removed, run.paragraphs, run.boilerplate,
        inIndex, run.skipped, run.warnings, Duration.ofNanos(System.nanoTime() - run.started));
  }

  /** The state of one run, fed article by article by the corpus reader. */
  private static final class Run implements CorpusReader.ArticleSink {
    final long started = System.nanoTime();
    final IndexWriter writer;
    final Map<String, String> indexed;
    final IndexListener listener;
    /** Article id to the source that gave it first, so a second source with the same id is refused. */
    final Map<String, String> present = new HashMap<>();
    final List<SkippedFile> skipped = new ArrayList<>();
    final List<FileWarning> warnings = new ArrayList<>();
    final CommitSchedule.Checkpoints checkpoints;
    int added;
    int updated;
    int unchanged;
    int paragraphs;
    int boilerplate;
    long bytesRead;
    long bytesTotal;
    IOException failure;

    Run(IndexWriter writer, Map<String, String> indexed, IndexListener listener, CommitSchedule.Checkpoints checkpoints) {
      this.writer = writer;
      this.indexed = indexed;
      this.listener = listener;
      this.checkpoints = checkpoints;
    }

    @Override
    public void article(ArticleFile read, long bytes) {
      bytesRead += bytes;
      if (failure != null) {
        return;
      }
      String articleId = read.article().id();
      if (isDuplicate(articleId, read.article().source(), bytes)) {
        return;
      }
      warnings.addAll(read.warnings());
      checkpoint();
      String fingerprint = versioned(read.fingerprint());
      String previous = indexed.get(articleId);
      if (fingerprint.equals(previous)) {
        unchanged++;
        report();
        return;
      }
      List<Document> documents = ParagraphDocuments.toDocuments(read.article(), fingerprint);
      try {
        writer.updateDocuments(new Term(Schema.ARTICLE, articleId), documents);
      } catch (IOException e) {
        failure = e;
        return;
      }
      if (previous == null) {
        added++;
      } else {
        updated++;
      }
      paragraphs += documents.size();
      for (Paragraph paragraph : read.article().paragraphs()) {
        if (paragraph.kind() == ParagraphKind.BOILERPLATE) {
          boilerplate++;
        }
      }
      report();
    }

    @Override
    public void skipped(Optional<String> articleId, InvalidArticleException problem, long bytes) {
      bytesRead += bytes;
      // Whatever the index holds for an article that cannot be read now stays.
      articleId.ifPresent(id -> present.putIfAbsent(id, problem.source()));
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
      listener.skipped(file);
      report();
    }

    /** Commits what came before this article when the schedule says so (per article, so a big .jsonl file commits too). */
    private void checkpoint() {
      try {
        checkpoints.nextFile();
      } catch (IOException e) {
        failure = e;
      }
    }

    void report() {
      listener.progress(new IndexProgress(added + updated + unchanged, paragraphs, skipped.size(), bytesRead,
          Math.max(bytesTotal, bytesRead), Duration.ofNanos(System.nanoTime() - started)));
    }

    void rethrow() throws IOException {
      if (failure != null) {
        throw failure;
      }
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

  /**
   * A fingerprint that also changes when the schema or the ingestion code does, so a crosscheck that
   * would index an article differently re-indexes it.
   */
  private static String versioned(String fingerprint) {
    return Schema.VERSION + ":" + IngestionCode.digest() + ":" + fingerprint;
  }
}
