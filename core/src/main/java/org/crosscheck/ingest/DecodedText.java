package org.crosscheck.ingest;

import java.util.List;
import java.util.Objects;

/**
 * The text of a file and what had to be done to read it.
 *
 * @param text the decoded text, without a byte order mark
 * @param warnings empty for a clean UTF-8 file; otherwise how it was read (one warning)
 */
public record DecodedText(String text, List<FileWarning> warnings) {
  public DecodedText {
    Objects.requireNonNull(text, "text");
    warnings = List.copyOf(warnings);
  }
}
