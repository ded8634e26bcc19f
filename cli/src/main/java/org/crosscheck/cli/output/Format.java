package org.crosscheck.cli.output;

/** The {@code --format} of a command's output. */
public enum Format {
  /** For people: aligned, highlighted, coloured on a terminal. */
  TEXT,
  /** For scripts: one JSON document on standard output. */
  JSON
}
