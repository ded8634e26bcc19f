package org.crosscheck.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the {@code crosscheck} command line. */
public final class Main {
  /**
   * Lucene logs through java.util.logging that the incubating vector API is not enabled; that is a
   * note for people tuning vector search, which crosscheck does not do, so it is silenced. The
   * reference is held so the logger, and its level, is not collected.
   */
  private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  public static void main(String[] args) {
    LUCENE_VECTORIZATION.setLevel(Level.OFF);
    System.exit(CrosscheckCommand.commandLine().execute(args));
  }
}
