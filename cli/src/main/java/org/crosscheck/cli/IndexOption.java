package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.crosscheck.Crosscheck;
import org.crosscheck.IncompatibleIndexException;
import org.crosscheck.IndexNotFoundException;
import org.crosscheck.cli.setup.Home;
import org.crosscheck.cli.setup.SeedCorpus;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --index DIR} option every command shares. Without it, commands use the default index,
 * which is built from the bundled seed articles the first time it is needed (and rebuilt when a new
 * crosscheck changed the schema), so the command line works with no set-up.
 */
public final class IndexOption {
  @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: the seed index in .crosscheck/index).")
  Path index;

  /** The command this option belongs to, for its {@link Invocation}. */
  @Spec(Spec.Target.MIXEE) CommandSpec command;

  /** The folder this command works on. */
  public Path location() {
    return index != null ? index : Home.defaultIndex();
  }

  public boolean isDefault() {
    return index == null;
  }

  /**
   * The index for one command's reading, opened as its {@link Invocation} opens indexes (in the
   * background server, a facade shared between requests), with a relative {@code --index} resolved
   * against the invocation's working directory; the default one is built first if it must be.
   * Close the lease, never its facade.
   */
  public IndexLease lease(PrintWriter notes) {
    Invocation invocation = Invocation.of(command);
    IndexLease lease = invocation.indexes().open(invocation.resolve(location()));
    if (isDefault()) {
      try {
        prepareDefault(lease.crosscheck(), notes);
      } catch (RuntimeException e) {
        lease.close();
        throw e;
      }
    }
    return lease;
  }

  /** Opens the index for searching in this process (the shell, bench); the default one is built first if it must be. */
  public Crosscheck openForReading(PrintWriter notes) {
    Crosscheck crosscheck = Crosscheck.open(location());
    if (isDefault()) {
      try {
        prepareDefault(crosscheck, notes);
      } catch (RuntimeException e) {
        crosscheck.close();
        throw e;
      }
    }
    return crosscheck;
  }

  /** Opens the index for writing. */
  public Crosscheck openForWriting() {
    return Crosscheck.open(location());
  }

  private static void prepareDefault(Crosscheck crosscheck, PrintWriter notes) {
    try {
      crosscheck.paragraphCount();
      if (!crosscheck.isIndexedByThisVersion()) {
        refreshStale(crosscheck, notes);
      }
    } catch (IndexNotFoundException e) {
      Path seeds = SeedCorpus.folder();
      notes.println("crosscheck: first run: indexing the seed articles of " + seeds + " into " + crosscheck.location().orElseThrow());
      notes.flush();
      crosscheck.index(seeds);
    } catch (IncompatibleIndexException e) {
      Path corpus = crosscheck.corpus().filter(Files::isDirectory).orElseGet(SeedCorpus::folder);
      notes.println("crosscheck: the default index was built by another crosscheck version; re-indexing " + corpus);
      notes.flush();
      crosscheck.index(corpus);
    }
  }

  /**
   * The default index was written by other ingestion rules. The seeds are re-indexed at once (it
   * takes a moment); another corpus someone put in the default index is theirs to re-index, so only
   * a note says so.
   */
  private static void refreshStale(Crosscheck crosscheck, PrintWriter notes) {
    Path seeds = SeedCorpus.folder();
    Optional<Path> corpus = crosscheck.corpus();
    if (corpus.isEmpty() || corpus.get().equals(seeds)) {
      notes.println("crosscheck: the seed index was built by an older crosscheck; re-indexing " + seeds);
      notes.flush();
      crosscheck.index(seeds);
    } else {
      notes.println("crosscheck: note: the default index was built by an older crosscheck; run 'crosscheck index "
          + corpus.get() + "' to bring it up to date");
      notes.flush();
    }
  }

  Optional<Path> explicit() {
    return Optional.ofNullable(index);
  }
}
