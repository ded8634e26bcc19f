package org.crosscheck.cli;

import org.crosscheck.Crosscheck;

/**
 * The index one command reads, for as long as it runs. Closing the lease closes the facade when the
 * command opened it for itself (a one-off run), or hands it back when the background server shares
 * it between requests; a command never closes the facade itself.
 */
public final class IndexLease implements AutoCloseable {
  private final Crosscheck crosscheck;
  private final Runnable release;

  public IndexLease(Crosscheck crosscheck, Runnable release) {
    this.crosscheck = crosscheck;
    this.release = release;
  }

  /** A lease on a facade of the command's own: closing it closes the facade. */
  public static IndexLease owned(Crosscheck crosscheck) {
    return new IndexLease(crosscheck, crosscheck::close);
  }

  public Crosscheck crosscheck() {
    return crosscheck;
  }

  @Override
  public void close() {
    release.run();
  }
}
