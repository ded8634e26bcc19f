package org.crosscheck.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.BenchmarkInputException;
import org.crosscheck.internal.Check;

/**
 * What a system retrieved for each topic: a ranking of scored documents per topic, as a TREC run
 * file holds it ({@code topic Q0 docid rank score tag}). Immutable and thread-safe.
 *
 * <p>Rankings are kept in trec_eval's order, whatever order the documents came in: score
 * descending, then, among equal scores, docid descending (compared byte by byte, as C's strcmp
 * does). trec_eval ignores the rank column and sorts this way itself, so the figures crosscheck
 * computes on a run equal trec_eval's on the file {@link #write} makes of it, ties included. (The
 * search itself shows equal scores in ascending id order; only the evaluated order differs.)
 *
 * <pre>{@code
 * Run run = Run.builder().add("t1", "000_0db9211732ea5d3d:3", 4.2).build();
 * run.write(Path.of("run.txt"), "crosscheck");
 * }</pre>
 */
public final class Run {
  /** trec_eval's order: best score first, equal scores by docid descending. */
  static final Comparator<ScoredDocument> TREC_EVAL_ORDER = Comparator.comparingDouble(ScoredDocument::score).reversed()
      .thenComparing(ScoredDocument::docId, TrecText.STRCMP.reversed());

  private final Map<String, List<ScoredDocument>> byTopic;

  private Run(Map<String, List<ScoredDocument>> byTopic) {
    this.byTopic = byTopic;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a TREC run file (UTF-8): {@code topic Q0 docid rank score tag}, white-space separated. The
   * rank column is ignored, as trec_eval ignores it. Blank lines are skipped.
   *
   * @throws BenchmarkInputException naming the file and line when a line has not six columns, the
   *     score is not a finite number, or a document appears twice for a topic
   */
  public static Run read(Path file) {
    Check.notNull(file, "file");
    Builder builder = builder();
    for (TrecFiles.Row row : TrecFiles.rows(file, "run", "topic Q0 docid rank score tag")) {
      String[] columns = row.columns();
      double score;
      try {
        score = Double.parseDouble(columns[4]);
      } catch (NumberFormatException e) {
        throw new BenchmarkInputException(file, row.number(), "the score '" + columns[4] + "' is not a number");
      }
      if (!Double.isFinite(score)) {
        throw new BenchmarkInputException(file, row.number(), "the score '" + columns[4] + "' is not a finite number");
      }
      if (!builder.tryAdd(columns[0], new ScoredDocument(columns[2], score))) {
        throw new BenchmarkInputException(file, row.number(), "document '" + columns[2] + "' appears twice for topic '" + columns[0] + "'");
      }
    }
    return builder.build();
  }

  /** The topics of the run in the order they were first added; one declared with {@link Builder#topic} may have retrieved nothing. */
  public Set<String> topics() {
    return byTopic.keySet();
  }

  /** The ranking of one topic in trec_eval's order; empty when the topic retrieved nothing. */
  public List<ScoredDocument> ranking(String topicId) {
    return byTopic.getOrDefault(topicId, List.of());
  }

  /**
   * Writes the run as a TREC run file, ranks numbered from 1 in trec_eval's order. Scores are
   * written in full, so reading the file back gives the same run.
   *
   * @param tag the run's name in the last column; no white space
   * @throws BenchmarkInputException when the file's folder does not exist
   */
  public void write(Path file, String tag) {
    Check.notNull(file, "file");
    String runTag = TrecText.token(tag, "tag");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<ScoredDocument>> topic : byTopic.entrySet()) {
        int rank = 0;
        for (ScoredDocument doc : topic.getValue()) {
          out.write(topic.getKey() + " Q0 " + doc.docId() + " " + ++rank + " " + doc.score() + " " + runTag + "\n");
        }
      }
    } catch (NoSuchFileException e) {
      throw new BenchmarkInputException(file, 0, "cannot write the run file: its folder does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the run file " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "Run[" + byTopic.size() + " topics, " + byTopic.values().stream().mapToInt(List::size).sum() + " documents]";
  }

  /** Collects scored documents topic by topic; not thread-safe. */
  public static final class Builder {
    private final Map<String, List<ScoredDocument>> byTopic = new LinkedHashMap<>();
    private final Map<String, Set<String>> seen = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a retrieved document; the order of calls does not matter.
     *
     * @throws IllegalArgumentException when the document was already added for the topic
     */
    public Builder add(String topicId, String docId, double score) {
      ScoredDocument doc = new ScoredDocument(docId, score);
      if (!tryAdd(topicId, doc)) {
        throw new IllegalArgumentException("document '" + doc.docId() + "' was already added for topic '" + topicId.strip() + "'");
      }
      return this;
    }

    /** Declares a topic that may retrieve nothing, so it keeps its place in the order of topics. */
    public Builder topic(String topicId) {
      String topic = TrecText.token(topicId, "topicId");
      byTopic.computeIfAbsent(topic, t -> new ArrayList<>());
      seen.computeIfAbsent(topic, t -> new HashSet<>());
      return this;
    }

    private boolean tryAdd(String topicId, ScoredDocument doc) {
      String topic = TrecText.token(topicId, "topicId");
      topic(topic);
      if (!seen.get(topic).add(doc.docId())) {
        return false;
      }
      byTopic.get(topic).add(doc);
      return true;
    }

    public Run build() {
      Map<String, List<ScoredDocument>> sorted = new LinkedHashMap<>();
      byTopic.forEach((topic, docs) -> {
        List<ScoredDocument> ranking = new ArrayList<>(docs);
        ranking.sort(TREC_EVAL_ORDER);
        sorted.put(topic, List.copyOf(ranking));
      });
      return new Run(Collections.unmodifiableMap(sorted));
    }
  }
}
