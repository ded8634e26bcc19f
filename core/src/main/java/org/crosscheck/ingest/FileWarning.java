package org.crosscheck.ingest;

import java.util.Objects;

/**
 * A file that was indexed, but not exactly as its bytes say: the index report lists these next to
 * the skipped files, so a user can check or fix the file.
 *
 * @param source the file's path relative to the corpus folder
 * @param kind what was done to read it
 * @param byteOffset the offset in the file of the first byte concerned, 0 or more
 * @param message one line for the user, naming the file, the byte and its offset
 */
public record FileWarning(String source, WarningKind kind, long byteOffset, String message) {
  public FileWarning {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    if (byteOffset < 0) {
      throw new IllegalArgumentException("the parameter 'byteOffset' must be 0 or more, got " + byteOffset);
    }
  }
}
