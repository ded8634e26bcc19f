package org.crosscheck.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.crosscheck.InvalidArticleException;
import org.crosscheck.entities.RuleBasedEntityExtractor;
import org.crosscheck.index.ParagraphDocuments;
import org.crosscheck.index.TextAnalyzers;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleFile;
import org.crosscheck.ingest.CorpusFile;
import org.crosscheck.ingest.CorpusReader;

/**
 * Measures what entity extraction costs at indexing time: indexes the same articles into an
 * in-memory index with crosscheck's plain paragraph documents and with the entity fields added,
 * several rounds each (alternating, after a warm-up), and prints the median and best throughput of
 * both and their ratio, in CPU time of the indexing thread (merges included), which other processes
 * on a shared machine do not inflate; wall-clock times are printed alongside. Reading and parsing the files happens once, before any timing.
 *
 * <pre>
 * java -cp cli/target/crosscheck-cli.jar org.crosscheck.eval.EntityIndexingBenchmark CORPUS_DIR [ROUNDS]
 * </pre>
 */
public final class EntityIndexingBenchmark {
  private EntityIndexingBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: EntityIndexingBenchmark CORPUS_DIR [ROUNDS]");
      System.exit(2);
    }
    int rounds = args.length == 2 ? Integer.parseInt(args[1]) : 5;
    CorpusReader corpus = CorpusReader.open(Path.of(args[0]));
    List<Article> articles = new ArrayList<>();
    List<String> fingerprints = new ArrayList<>();
    int skipped = 0;
    int paragraphs = 0;
    long chars = 0;
    for (CorpusFile file : corpus.files()) {
      try {
        ArticleFile read = corpus.read(file);
        articles.add(read.article());
        fingerprints.add(read.fingerprint());
        paragraphs += read.article().paragraphs().size();
        for (var p : read.article().paragraphs()) {
          chars += p.text().length();
        }
      } catch (InvalidArticleException e) {
        skipped++;
      }
    }
    System.out.printf(Locale.ROOT, "corpus %s: %d articles, %d paragraphs, %.1f MB of text, %d files skipped%n",
        corpus.root(), articles.size(), paragraphs, chars / 1e6, skipped);
    System.out.printf(Locale.ROOT, "java %s, %d processors%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
    index(articles, fingerprints, false);
    index(articles, fingerprints, true);
    long extractOnly = extract(articles);
    double[] plain = new double[rounds];
    double[] withEntities = new double[rounds];
    double[] plainWall = new double[rounds];
    double[] entitiesWall = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      plain[r] = index(articles, fingerprints, false);
      plainWall[r] = lastWallMillis;
      withEntities[r] = index(articles, fingerprints, true);
      entitiesWall[r] = lastWallMillis;
    }
    double plainMedian = median(plain);
    double entitiesMedian = median(withEntities);
    double plainBest = Arrays.stream(plain).min().orElseThrow();
    double entitiesBest = Arrays.stream(withEntities).min().orElseThrow();
    System.out.println("CPU time of the indexing thread, median of " + rounds + " rounds (wall-clock rounds in brackets):");
    System.out.printf(Locale.ROOT, "extraction alone:      %7.0f ms  (%.0f articles/s)%n", extractOnly / 1e6, articles.size() / (extractOnly / 1e9));
    System.out.printf(Locale.ROOT, "plain paragraph index: %7.0f ms  (%.0f articles/s, %.0f paragraphs/s)  wall %s%n",
        plainMedian, articles.size() / (plainMedian / 1e3), paragraphs / (plainMedian / 1e3), Arrays.toString(round(plainWall)));
    System.out.printf(Locale.ROOT, "with entity fields:    %7.0f ms  (%.0f articles/s, %.0f paragraphs/s)  wall %s%n",
        entitiesMedian, articles.size() / (entitiesMedian / 1e3), paragraphs / (entitiesMedian / 1e3), Arrays.toString(round(entitiesWall)));
    System.out.printf(Locale.ROOT, "throughput with entities / plain: median %.2f, best of %d rounds %.2f (target >= 0.50)%n",
        plainMedian / entitiesMedian, rounds, plainBest / entitiesBest);
  }

  /**
   * Milliseconds of CPU time this thread spends indexing every article into a fresh in-memory index,
   * commit included. Merges run on this thread too (serial merge scheduler), so CPU time covers all
   * the work, and other processes on a shared machine do not skew it as they skew wall-clock time.
   */
  private static double index(List<Article> articles, List<String> fingerprints, boolean entities) throws IOException {
    long start = THREADS.getCurrentThreadCpuTime();
    long wallStart = System.nanoTime();
    IndexWriterConfig config = new IndexWriterConfig(TextAnalyzers.perField()).setMergeScheduler(new SerialMergeScheduler());
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); IndexWriter writer = new IndexWriter(dir, config)) {
      for (int i = 0; i < articles.size(); i++) {
        List<Document> docs = ParagraphDocuments.toDocuments(articles.get(i), fingerprints.get(i),
            entities ? RuleBasedEntityExtractor.shared() : null);
        writer.addDocuments(docs);
      }
      writer.commit();
    }
    lastWallMillis = (System.nanoTime() - wallStart) / 1e6;
    return (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static double lastWallMillis;

  private static long extract(List<Article> articles) {
    long start = THREADS.getCurrentThreadCpuTime();
    int mentions = 0;
    for (Article article : articles) {
      mentions += RuleBasedEntityExtractor.shared().extract(article).paragraphs().stream().mapToInt(p -> p.mentions().size()).sum();
    }
    long took = THREADS.getCurrentThreadCpuTime() - start;
    System.out.printf(Locale.ROOT, "extracted %d mentions%n", mentions);
    return took;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long[] round(double[] values) {
    return Arrays.stream(values).mapToLong(Math::round).toArray();
  }
}
