package org.crosscheck.eval;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.crosscheck.BenchmarkInputException;
import org.crosscheck.internal.Check;

/**
 * Relevance judgments: which documents are relevant to which topic, and how much. Read from a TREC
 * qrels file, one judgment per line, {@code topic iteration docid grade} separated by white space
 * (the iteration column is ignored, as trec_eval ignores it). Immutable and thread-safe.
 *
 * <pre>{@code
 * Qrels qrels = Qrels.read(Path.of("qrels.txt"));
 * int relevant = qrels.relevantCount("t1");
 * }</pre>
 */
public final class Qrels {
  /** The lowest grade binary metrics count as relevant, trec_eval's default ({@code -l 1}). */
  public static final int RELEVANT_GRADE = 1;

  private final Map<String, Map<String, Judgment>> byTopic;

  private Qrels(Map<String, Map<String, Judgment>> byTopic) {
    this.byTopic = byTopic;
  }

  /**
   * Judgments given in code.
   *
   * @throws IllegalArgumentException when a document is judged twice for the same topic
   */
  public static Qrels of(Collection<Judgment> judgments) {
    Check.notNull(judgments, "judgments");
    Map<String, Map<String, Judgment>> byTopic = new LinkedHashMap<>();
    for (Judgment judgment : judgments) {
      Check.notNull(judgment, "judgments");
      Judgment before = byTopic.computeIfAbsent(judgment.topicId(), t -> new LinkedHashMap<>()).putIfAbsent(judgment.docId(), judgment);
      if (before != null) {
        throw new IllegalArgumentException("document '" + judgment.docId() + "' is judged twice for topic '" + judgment.topicId() + "'");
      }
    }
    return new Qrels(freeze(byTopic));
  }

  /**
   * Reads a TREC qrels file (UTF-8). Blank lines are skipped.
   *
   * @throws BenchmarkInputException naming the file and line when the file is missing, a line does not
   *     have four columns, a grade is not a whole number, or a document is judged twice for a topic
   */
  public static Qrels read(Path file) {
    Check.notNull(file, "file");
    Map<String, Map<String, Judgment>> byTopic = new LinkedHashMap<>();
    for (TrecFiles.Row row : TrecFiles.rows(file, "judgments (qrels)", "topic 0 docid grade")) {
      String[] columns = row.columns();
      int grade;
      try {
        grade = Integer.parseInt(columns[3]);
      } catch (NumberFormatException e) {
        throw new BenchmarkInputException(file, row.number(), "the grade '" + columns[3] + "' is not a whole number");
      }
      Judgment judgment = new Judgment(columns[0], columns[2], grade);
      if (byTopic.computeIfAbsent(judgment.topicId(), t -> new LinkedHashMap<>()).putIfAbsent(judgment.docId(), judgment) != null) {
        throw new BenchmarkInputException(file, row.number(),
            "document '" + judgment.docId() + "' is judged twice for topic '" + judgment.topicId() + "'");
      }
    }
    return new Qrels(freeze(byTopic));
  }

  /** The judged topics, in the order they first appear. */
  public Set<String> topics() {
    return byTopic.keySet();
  }

  /** Whether any document is judged for the topic. */
  public boolean judges(String topicId) {
    return byTopic.containsKey(topicId);
  }

  /** The judgments of one topic, in file order; empty when it has none. */
  public List<Judgment> judgments(String topicId) {
    return List.copyOf(byTopic.getOrDefault(topicId, Map.of()).values());
  }

  /** The grade of a document for a topic; empty when it is unjudged. */
  public OptionalInt grade(String topicId, String docId) {
    Judgment judgment = byTopic.getOrDefault(topicId, Map.of()).get(docId);
    return judgment == null ? OptionalInt.empty() : OptionalInt.of(judgment.grade());
  }

  /** How many documents are relevant to the topic (grade {@value #RELEVANT_GRADE} or more). */
  public int relevantCount(String topicId) {
    return (int) byTopic.getOrDefault(topicId, Map.of()).values().stream().filter(Judgment::isRelevant).count();
  }

  /** The positive grades of the topic, best first: the gains of the ideal ranking for nDCG. */
  List<Integer> idealGrades(String topicId) {
    return byTopic.getOrDefault(topicId, Map.of()).values().stream()
        .map(Judgment::grade)
        .filter(grade -> grade > 0)
        .sorted(Comparator.reverseOrder())
        .toList();
  }

  private static Map<String, Map<String, Judgment>> freeze(Map<String, Map<String, Judgment>> byTopic) {
    Map<String, Map<String, Judgment>> frozen = new LinkedHashMap<>();
    byTopic.forEach((topic, judgments) -> frozen.put(topic, Collections.unmodifiableMap(judgments)));
    return Collections.unmodifiableMap(frozen);
  }

  @Override
  public String toString() {
    return "Qrels[" + byTopic.size() + " topics, " + byTopic.values().stream().mapToInt(Map::size).sum() + " judgments]";
  }
}
