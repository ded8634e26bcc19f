package org.crosscheck;

import java.nio.file.Path;

/** Another writer (usually another process) is indexing into the same folder right now. */
public final class IndexLockedException extends CrosscheckException {
  public IndexLockedException(Path index) {
    super("the index at " + index + " is locked by another process that is writing to it; try again when it has finished");
  }
}
