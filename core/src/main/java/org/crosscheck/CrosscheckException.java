package org.crosscheck;

/**
 * The base of every exception crosscheck throws for a problem the caller can fix: a query that does
 * not parse, a corpus folder that is missing, an index that another process holds. The message is
 * one line meant for an end user; it names the query or the file and says what is wrong.
 *
 * <p>Failures of the machine itself (a disk error while writing) surface as {@link
 * java.io.UncheckedIOException} instead, so callers can tell the two apart.
 */
public class CrosscheckException extends RuntimeException {
  public CrosscheckException(String message) {
    super(message);
  }

  public CrosscheckException(String message, Throwable cause) {
    super(message, cause);
  }
}
