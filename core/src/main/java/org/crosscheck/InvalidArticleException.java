package org.crosscheck;

import org.crosscheck.ingest.SkipReason;

/**
 * An article that cannot be read: empty, binary, not valid text, or without any paragraph. When a
 * whole folder is indexed these become skipped files in the report instead of being thrown.
 */
public final class InvalidArticleException extends CrosscheckException {
  private final String source;
  private final SkipReason reason;

  public InvalidArticleException(String source, SkipReason reason, String detail) {
    super(source + ": " + detail);
    this.source = source;
    this.reason = reason;
  }

  /** The file name or other label of the article's source. */
  public String source() {
    return source;
  }

  public SkipReason reason() {
    return reason;
  }
}
