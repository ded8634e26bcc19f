package org.crosscheck.cli;

/** The exit codes of every command. */
public final class ExitCode {
  private ExitCode() {}

  public static final int OK = 0;
  /** The work failed: a disk error, a bug, or a benchmark figure below its --min floor. */
  public static final int FAILURE = 1;
  /** Bad usage or bad input: a malformed query, a missing folder, a file that is not an article. */
  public static final int USAGE = 2;
}
