package org.crosscheck;

/** A relevance metric name that the benchmark harness does not know, such as {@code ndcg@ten}. */
public final class UnknownMetricException extends CrosscheckException {
  private final String name;

  public UnknownMetricException(String name, String problem) {
    super("unknown metric '" + name + "': " + problem);
    this.name = name;
  }

  /** The name exactly as the caller gave it. */
  public String name() {
    return name;
  }
}
