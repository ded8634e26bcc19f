package org.crosscheck.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.BenchmarkInputException;

/**
 * Hand-made gold data for the same-fact query: facts of a corpus, which articles report each (and
 * in which paragraphs), which do not (with the nearest miss), reworded statements, and paragraphs to
 * use as queries. The seeds' gold lives in {@code core/src/test/resources/benchmark/seeds/facts.json}; benchmarks read it with
 * {@link #load(Path)}. Immutable.
 *
 * @param format the format name and version
 * @param corpus which corpus the facts are about
 * @param about notes on how the data was made
 * @param sources every source (outlet and article) of the corpus
 * @param facts the facts
 * @param paragraphQueries paragraphs used as queries, each with the facts it carries
 */
public record GoldFacts(
    String format, String corpus, List<String> about, List<Source> sources, List<Fact> facts,
    List<ParagraphQuery> paragraphQueries) {

  public GoldFacts {
    about = List.copyOf(Objects.requireNonNullElse(about, List.of()));
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    facts = List.copyOf(Objects.requireNonNull(facts, "facts"));
    paragraphQueries = List.copyOf(Objects.requireNonNullElse(paragraphQueries, List.of()));
  }

  /** An article and its outlet. */
  public record Source(String outlet, String article) {}

  /**
   * One fact.
   *
   * @param id a short stable name
   * @param summary what the fact is, in a line
   * @param outletCount how many sources report it
   * @param statements the fact in words that no article uses as such
   * @param reportedBy the sources that report it, with the paragraph numbers that do
   * @param notReportedBy the sources that do not, with the nearest miss where one is tempting
   */
  public record Fact(
      String id, String summary, int outletCount, List<String> statements, List<Reporter> reportedBy,
      List<NonReporter> notReportedBy) {
    public Fact {
      statements = List.copyOf(Objects.requireNonNullElse(statements, List.of()));
      reportedBy = List.copyOf(reportedBy);
      notReportedBy = List.copyOf(Objects.requireNonNullElse(notReportedBy, List.of()));
      if (outletCount != reportedBy.size()) {
        throw new IllegalArgumentException("fact " + id + " says outletCount " + outletCount + " but lists " + reportedBy.size());
      }
    }

    /** The ids ({@code article:number}) of the paragraphs that report it. */
    public List<String> paragraphIds() {
      return reportedBy.stream().flatMap(r -> r.paragraphs().stream().map(n -> r.article() + ":" + n)).toList();
    }
  }

  /** A source that reports a fact, and where. */
  public record Reporter(String outlet, String article, List<Integer> paragraphs) {
    public Reporter {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** A source that does not report a fact; {@code nearMiss} is its most tempting paragraph, or null. */
  public record NonReporter(String outlet, String article, NearMiss nearMiss) {
    public Optional<NearMiss> nearestMiss() {
      return Optional.ofNullable(nearMiss);
    }
  }

  /** A paragraph that looks like the fact but is not it, and why. */
  public record NearMiss(int paragraph, String why) {}

  /** A paragraph used as a query, with the ids of the facts it carries. */
  public record ParagraphQuery(String paragraph, List<String> facts) {
    public ParagraphQuery {
      facts = List.copyOf(facts);
    }

    public String article() {
      return paragraph.substring(0, paragraph.lastIndexOf(':'));
    }
  }

  public Fact fact(String id) {
    return facts.stream().filter(f -> f.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no gold fact " + id));
  }

  /**
   * Reads a gold file.
   *
   * @throws BenchmarkInputException when the file is missing or malformed
   */
  public static GoldFacts load(Path file) {
    try {
      return new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .readValue(Files.readString(file), GoldFacts.class);
    } catch (IOException | IllegalArgumentException e) {
      String problem = e instanceof java.nio.file.NoSuchFileException ? "no such file"
          : String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      throw new BenchmarkInputException(file, 0, "not a readable same-fact gold file: " + problem);
    }
  }
}
