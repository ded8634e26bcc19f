package org.crosscheck.ingest;

import java.util.Locale;

/** Why a file in a corpus folder was not indexed. */
public enum SkipReason {
  /** Zero bytes. */
  EMPTY,
  /** Nothing but white space. */
  BLANK,
  /** NUL bytes: an image, an archive or another binary format. */
  BINARY,
  /** Bytes that are not valid UTF-8. */
  INVALID_ENCODING,
  /** A title and nothing else. */
  NO_PARAGRAPHS,
  /** Larger than the size crosscheck reads. */
  TOO_LARGE,
  /** The file could not be opened or read. */
  UNREADABLE,
  /** Another file in the corpus already has the same article id. */
  DUPLICATE_ID,
  /** A line of a JSON Lines file that is not a JSON object with an {@code id} and a {@code text}. */
  INVALID_JSON;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
