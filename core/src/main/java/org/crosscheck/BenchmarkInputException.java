package org.crosscheck;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A benchmark file cannot be used: a topics, judgments (qrels) or run file has a malformed line, a
 * topic has no judgments, or a topic's query does not run. The message names the file and the line.
 */
public final class BenchmarkInputException extends CrosscheckException {
  private final Path file;
  private final int line;

  /**
   * @param file the file at fault
   * @param line the line at fault, counted from 1, or 0 when the problem is the file as a whole
   * @param problem what is wrong, for a person
   */
  public BenchmarkInputException(Path file, int line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /** The file at fault. */
  public Path file() {
    return file;
  }

  /** The line at fault, counted from 1; empty when the problem is the file as a whole. */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }
}
