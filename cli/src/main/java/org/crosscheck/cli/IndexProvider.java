package org.crosscheck.cli;

import java.nio.file.Path;
import org.crosscheck.Crosscheck;

/** How a run opens the index a command reads (see {@link Invocation#indexes()}). */
@FunctionalInterface
public interface IndexProvider {
  /** Each command opens the folder for itself and closes it when done, as a one-off run does. */
  IndexProvider OWN = location -> IndexLease.owned(Crosscheck.open(location));

  /** A lease on the index in {@code location}, an absolute path. */
  IndexLease open(Path location);
}
