package org.crosscheck.index;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.crosscheck.ingest.Paragraph;
import org.crosscheck.ingest.ParagraphKind;

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

  /**
   * Brings the writer's index in line with the corpus. The caller commits.
   *
   * @param writer an open writer on the index
   * @param corpus the corpus to mirror
   */
  public static IndexReport sync(IndexWriter writer, CorpusReader corpus) throws IOException {
    long started = System.nanoTime();
    Map<String, String> indexed = indexedFingerprints(writer);
    List<CorpusFile> files = corpus.files();
    Set<String> present = new java.util.HashSet<>();
    List<SkippedFile> skipped = new ArrayList<>();
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int paragraphs = 0;
    int boilerplate = 0;
    for (CorpusFile file : files) {
      present.add(file.articleId());
      ArticleFile read;
      try {
        read = corpus.read(file);
      } catch (InvalidArticleException e) {
        skipped.add(new SkippedFile(file.relativePath(), e.reason(), e.getMessage()));
        continue;
      }
      String fingerprint = versioned(read.fingerprint());
      String previous = indexed.get(file.articleId());
      if (fingerprint.equals(previous)) {
        unchanged++;
        continue;
      }
      List<Document> documents = ParagraphDocuments.toDocuments(read.article(), fingerprint);
      writer.updateDocuments(new Term(Schema.ARTICLE, file.articleId()), documents);
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
    }
    int removed = 0;
    for (String articleId : indexed.keySet()) {
      if (!present.contains(articleId)) {
        writer.deleteDocuments(new Term(Schema.ARTICLE, articleId));
        removed++;
      }
    }
    int inIndex;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      inIndex = reader.numDocs();
    }
    return new IndexReport(corpus.root(), added, updated, unchanged, removed, paragraphs, boilerplate, inIndex,
        skipped, Duration.ofNanos(System.nanoTime() - started));
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

  /** A fingerprint that also changes when the schema does, so a new version re-indexes everything. */
  private static String versioned(String fingerprint) {
    return Schema.VERSION + ":" + fingerprint;
  }
}
