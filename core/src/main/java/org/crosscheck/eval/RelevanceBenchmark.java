package org.crosscheck.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.BenchmarkInputException;
import org.crosscheck.Crosscheck;
import org.crosscheck.InvalidQueryException;
import org.crosscheck.internal.Check;
import org.crosscheck.search.SearchHit;
import org.crosscheck.search.SearchOptions;

/**
 * A relevance benchmark: topics (queries) with judged answers, run against an index to see whether
 * search quality holds. Figures equal trec_eval's; see {@link Metric} for the names and
 * {@link BenchmarkResult} for how topics are averaged.
 *
 * <pre>{@code
 * try (Crosscheck crosscheck = Crosscheck.open(Path.of("news-index"))) {
 *   BenchmarkResult result = RelevanceBenchmark.load(Path.of("topics.tsv"), Path.of("qrels.txt")).run(crosscheck);
 *   assertTrue(result.metric("ndcg@10") >= 0.6);
 * }
 * }</pre>
 *
 * <p>The topics file has one topic per line, {@code id<TAB>query}; blank lines and lines starting
 * with {@code #} are skipped. The judgments are a TREC qrels file (see {@link Qrels}), with
 * paragraph ids ({@code article:number}) as document ids. Every topic must have judgments.
 *
 * <p>Immutable and thread-safe; {@code with…} methods return a changed copy.
 */
public final class RelevanceBenchmark {
  /** How many hits each topic retrieves unless told otherwise: deep enough for MAP on small judged sets. */
  public static final int DEFAULT_DEPTH = 100;

  private final List<Topic> topics;
  private final Qrels qrels;
  private final SearchOptions options;
  /** Where the topics came from, to name the line of a topic whose query does not run; null when given in code. */
  private final Path topicsFile;
  private final Map<String, Integer> topicLines;

  private RelevanceBenchmark(List<Topic> topics, Qrels qrels, SearchOptions options, Path topicsFile, Map<String, Integer> topicLines) {
    this.topics = topics;
    this.qrels = qrels;
    this.options = options;
    this.topicsFile = topicsFile;
    this.topicLines = topicLines;
  }

  /**
   * Reads a topics file and a qrels file (both UTF-8).
   *
   * @throws BenchmarkInputException naming the file and line when either file is missing or has a
   *     malformed line, a topic id repeats, a topic has no judgments, or there are no topics
   */
  public static RelevanceBenchmark load(Path topicsFile, Path qrelsFile) {
    Check.notNull(topicsFile, "topicsFile");
    Check.notNull(qrelsFile, "qrelsFile");
    Qrels qrels = Qrels.read(qrelsFile);
    List<String> lines = TrecFiles.lines(topicsFile, "topics");
    List<Topic> topics = new ArrayList<>();
    Map<String, Integer> topicLines = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new BenchmarkInputException(topicsFile, i + 1, "expected 'id<TAB>query', found no tab: '" + TrecFiles.shorten(line.strip()) + "'");
      }
      String id = line.substring(0, tab).strip();
      String query = line.substring(tab + 1).strip();
      if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
        throw new BenchmarkInputException(topicsFile, i + 1, "the topic id '" + id + "' must be one word, not empty");
      }
      if (query.isEmpty()) {
        throw new BenchmarkInputException(topicsFile, i + 1, "topic '" + id + "' has no query");
      }
      if (topicLines.putIfAbsent(id, i + 1) != null) {
        throw new BenchmarkInputException(topicsFile, i + 1, "topic '" + id + "' repeats line " + topicLines.get(id));
      }
      if (!qrels.judges(id)) {
        throw new BenchmarkInputException(topicsFile, i + 1, "topic '" + id + "' has no judgments in " + qrelsFile);
      }
      topics.add(new Topic(id, query));
    }
    if (topics.isEmpty()) {
      throw new BenchmarkInputException(topicsFile, 0, "holds no topics");
    }
    return new RelevanceBenchmark(List.copyOf(topics), qrels, defaultOptions(), topicsFile, Map.copyOf(topicLines));
  }

  /**
   * A benchmark given in code.
   *
   * @throws IllegalArgumentException when there are no topics, a topic id repeats or a topic has no judgments
   */
  public static RelevanceBenchmark of(List<Topic> topics, Qrels qrels) {
    Check.notNull(topics, "topics");
    Check.notNull(qrels, "qrels");
    if (topics.isEmpty()) {
      throw new IllegalArgumentException("the parameter 'topics' must not be empty");
    }
    Map<String, Topic> byId = new LinkedHashMap<>();
    for (Topic topic : topics) {
      Check.notNull(topic, "topics");
      if (byId.putIfAbsent(topic.id(), topic) != null) {
        throw new IllegalArgumentException("topic '" + topic.id() + "' is given twice");
      }
      if (!qrels.judges(topic.id())) {
        throw new IllegalArgumentException("topic '" + topic.id() + "' has no judgments");
      }
    }
    return new RelevanceBenchmark(List.copyOf(topics), qrels, defaultOptions(), null, Map.of());
  }

  /** Retrieve this many hits per topic, 1 to {@value SearchOptions#MAX_LIMIT} (default {@value #DEFAULT_DEPTH}). */
  public RelevanceBenchmark withDepth(int depth) {
    return withOptions(options.withLimit(depth));
  }

  /**
   * Search with these options (outlets, boilerplate...); their limit is the depth. The offset must
   * be 0: a run starts at the best hit.
   */
  public RelevanceBenchmark withOptions(SearchOptions options) {
    Check.notNull(options, "options");
    if (options.offset() != 0) {
      throw new IllegalArgumentException("the parameter 'options' must have offset 0, got " + options.offset());
    }
    return new RelevanceBenchmark(topics, qrels, options, topicsFile, topicLines);
  }

  public List<Topic> topics() {
    return topics;
  }

  public Qrels qrels() {
    return qrels;
  }

  public SearchOptions options() {
    return options;
  }

  /**
   * Runs every topic's query through {@link Crosscheck#search(String, SearchOptions)} and evaluates
   * what came back.
   *
   * @throws BenchmarkInputException naming the topics file and line when a topic's query does not
   *     run (an {@link InvalidQueryException} when the topics were given in code)
   */
  public BenchmarkResult run(Crosscheck crosscheck) {
    Check.notNull(crosscheck, "crosscheck");
    Run.Builder run = Run.builder();
    for (Topic topic : topics) {
      run.topic(topic.id());
      List<SearchHit> hits;
      try {
        hits = crosscheck.search(topic.query(), options).hits();
      } catch (InvalidQueryException e) {
        if (topicsFile == null) {
          throw e;
        }
        throw new BenchmarkInputException(topicsFile, topicLines.get(topic.id()), "topic '" + topic.id() + "': " + e.getMessage());
      }
      for (SearchHit hit : hits) {
        run.add(topic.id(), hit.id(), hit.score());
      }
    }
    return evaluate(run.build());
  }

  /**
   * Evaluates a run made elsewhere (for example read with {@link Run#read}). Topics of the run that
   * the benchmark does not have are ignored; benchmark topics the run lacks score 0.
   */
  public BenchmarkResult evaluate(Run run) {
    Check.notNull(run, "run");
    List<TopicMetrics> metrics = topics.stream().map(topic -> TopicMetrics.of(topic, run.ranking(topic.id()), qrels)).toList();
    return new BenchmarkResult(metrics, run);
  }

  private static SearchOptions defaultOptions() {
    // Judged figures must come from whole answers: a search cut short on a busy machine would
    // shift them, so a benchmark waits as long as it takes instead of the interactive default.
    return SearchOptions.defaults().withLimit(DEFAULT_DEPTH).withTimeout(SearchOptions.MAX_TIMEOUT);
  }

  @Override
  public String toString() {
    return "RelevanceBenchmark[" + topics.size() + " topics, depth " + options.limit() + "]";
  }
}
