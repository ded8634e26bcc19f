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
  /** Bytes that are not valid UTF-8 (no longer a reason to skip: such files are read with a warning). */
  INVALID_ENCODING,
  /** A title and nothing else. */
  NO_PARAGRAPHS,
  /** Larger than the size crosscheck reads. */
  TOO_LARGE,
  /** The file could not be opened or read. */
  UNREADABLE,
  /** A named pipe, socket or device with a {@code .txt} name: reading it could wait for ever. */
  NOT_A_FILE,
  /** The file changed each time it was read (still being written); the next run picks it up. */
  CHANGED_WHILE_READ,
  /** Another file in the corpus already has the same article id. */
  DUPLICATE_ID,
  /** A line of a JSON Lines file that is not a JSON object with an {@code id} and a {@code text}. */
  INVALID_JSON;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
