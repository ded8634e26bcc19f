package org.crosscheck.index;

import java.util.Objects;
import org.crosscheck.ingest.SkipReason;

/**
 * A file of the corpus that was not indexed, and why. Whatever the index already held for it stays.
 *
 * @param source the file's path relative to the corpus folder
 * @param reason the kind of problem
 * @param message one line for the user, naming the file and what is wrong
 */
public record SkippedFile(String source, SkipReason reason, String message) {
  public SkippedFile {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }
}
