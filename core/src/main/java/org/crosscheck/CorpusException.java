package org.crosscheck;

import java.nio.file.Path;

/** The corpus as a whole cannot be read: the folder is missing, or its manifest is malformed. */
public final class CorpusException extends CrosscheckException {
  private final Path path;

  public CorpusException(Path path, String problem) {
    super(path + ": " + problem);
    this.path = path;
  }

  /** The folder or manifest file at fault. */
  public Path path() {
    return path;
  }
}
