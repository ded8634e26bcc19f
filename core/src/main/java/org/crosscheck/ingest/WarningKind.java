package org.crosscheck.ingest;

import java.util.Locale;

/** Why a file was indexed with a warning: it was read, but not exactly as written. */
public enum WarningKind {
  /** Not UTF-8, but read cleanly as windows-1252 (the usual encoding of older Western text files). */
  DECODED_AS_WINDOWS_1252,
  /** Bytes that are not UTF-8 in a file that is not windows-1252 either: each became U+FFFD. */
  REPLACED_BYTES;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
