package org.crosscheck;

import java.nio.file.Path;

/** The index was written by a crosscheck whose schema differs from this one; it must be rebuilt. */
public final class IncompatibleIndexException extends CrosscheckException {
  public IncompatibleIndexException(Path index, String found, int expected) {
    super("the index at " + index + " has schema version " + found + " but this crosscheck reads version "
        + expected + "; rebuild it with: crosscheck index CORPUS_DIR --index " + index);
  }
}
