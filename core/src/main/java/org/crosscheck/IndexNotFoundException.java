package org.crosscheck;

import java.nio.file.Path;

/** A search was asked of a folder that holds no crosscheck index yet. */
public final class IndexNotFoundException extends CrosscheckException {
  public IndexNotFoundException(Path index) {
    super("no index at " + index + "; build one with: crosscheck index CORPUS_DIR --index " + index);
  }
}
