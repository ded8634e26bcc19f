package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.crosscheck.cli.server.ServerProtocol;
import org.crosscheck.cli.setup.TerminalCheck;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What one run of the command line takes from the process that asked for it: the working directory
 * relative paths resolve against, the environment variables that change what it prints, whether
 * its console is a terminal (colour and the width of help follow that), and how it opens indexes.
 *
 * <p>A one-off run takes all of it from its own process ({@link #local()}). The background server
 * builds one per request from what its client sent ({@code server.CrosscheckServer}), so a command
 * prints the same bytes either way. Commands therefore read these through {@link #of(CommandSpec)},
 * never from {@code System.getenv}, {@code System.console} or the JVM's working directory.
 *
 * <p>Thread safety: an instance serves one run; the answers it works out once are kept.
 */
public final class Invocation {
  private final Path workingDirectory;
  private final Map<String, String> environment;
  private final BooleanSupplier terminalCheck;
  private final IntSupplier columnsCheck;
  private final IndexProvider indexes;
  private Boolean terminal;
  private Integer columns;

  private Invocation(Path workingDirectory, Map<String, String> environment, BooleanSupplier terminal, IntSupplier columns,
      IndexProvider indexes) {
    if (!workingDirectory.isAbsolute()) {
      throw new IllegalArgumentException("the working directory must be absolute, got " + workingDirectory);
    }
    this.workingDirectory = workingDirectory;
    this.environment = Map.copyOf(environment);
    this.terminalCheck = terminal;
    this.columnsCheck = columns;
    this.indexes = indexes;
  }

  /** This process: its working directory and environment; its console is checked when first needed. */
  public static Invocation local() {
    return new Invocation(Path.of("").toAbsolutePath(), System.getenv(), TerminalCheck::consoleIsTerminal, TerminalCheck::columns,
        IndexProvider.OWN);
  }

  /**
   * A run for another process (the server's client, or a test).
   *
   * @param environment the variables {@link ServerProtocol#forwards} names; others count as unset
   * @param terminal whether that process's console is a terminal
   * @param columns measures that terminal's width (-1: unknown); asked only when help fits itself to it
   */
  public static Invocation of(Path workingDirectory, Map<String, String> environment, boolean terminal, IntSupplier columns,
      IndexProvider indexes) {
    return new Invocation(workingDirectory, environment, () -> terminal, columns, indexes);
  }

  /** The invocation of the command line {@code spec} belongs to. */
  public static Invocation of(CommandSpec spec) {
    return spec.root().userObject() instanceof CrosscheckCommand root ? root.invocation() : local();
  }

  public Path workingDirectory() {
    return workingDirectory;
  }

  /** {@code path} resolved against the working directory, as the asking process would resolve it. */
  public Path resolve(Path path) {
    return workingDirectory.resolve(path).normalize();
  }

  /**
   * An environment variable, or null when unset. Only the variables the server's client forwards may
   * be read, so that a command cannot print differently through the server.
   */
  public String environment(String name) {
    if (!ServerProtocol.forwards(name)) {
      throw new IllegalArgumentException(name + " is not forwarded to the server; add it to ServerProtocol's list first");
    }
    return environment.get(name);
  }

  /** Whether the asking process's console is a terminal (standard input and output both). */
  public synchronized boolean terminal() {
    if (terminal == null) {
      terminal = terminalCheck.getAsBoolean();
    }
    return terminal;
  }

  /** The width of the asking process's terminal in columns; -1 when it is no terminal or cannot tell. */
  public synchronized int terminalColumns() {
    if (columns == null) {
      columns = terminal() ? columnsCheck.getAsInt() : -1;
    }
    return columns;
  }

  /** How commands open the index they read. */
  public IndexProvider indexes() {
    return indexes;
  }

  /**
   * Whether {@code --color auto} colours, and help is coloured: picocli's rules for {@code Ansi.AUTO}
   * (picocli.info, "Heuristics for Enabling ANSI"), applied to this run's environment and console
   * instead of the JVM's, which in the server are not the user's.
   */
  public boolean colour() {
    return colour(this::environment, terminal(), System.getProperty("picocli.ansi"), System.getProperty("os.name", ""));
  }

  /** An environment lookup, for {@link #colour(Environment, boolean, String, String)}. */
  @FunctionalInterface
  interface Environment {
    String get(String name);
  }

  static boolean colour(Environment env, boolean terminal, String picocliAnsi, String osName) {
    boolean windows = osName.toLowerCase(Locale.ROOT).contains("win");
    String term = env.get("TERM");
    boolean xterm = term != null && term.startsWith("xterm");
    boolean cygwin = term != null && term.toLowerCase(Locale.ENGLISH).contains("cygwin");
    boolean osType = env.get("OSTYPE") != null;
    boolean pseudoTerminal = windows && (xterm || cygwin || osType);
    if (picocliAnsi != null && !picocliAnsi.equalsIgnoreCase("auto")) {
      return picocliAnsi.equalsIgnoreCase("tty") ? terminal || pseudoTerminal : Boolean.parseBoolean(picocliAnsi);
    }
    if (env.get("NO_COLOR") != null) {
      return false;
    }
    String force = env.get("CLICOLOR_FORCE");
    if (force != null && !force.equals("0")) {
      return true;
    }
    if ("0".equals(env.get("CLICOLOR")) || "OFF".equals(env.get("ConEmuANSI"))) {
      return false;
    }
    if (!terminal && !pseudoTerminal) {
      return false;
    }
    boolean hinted = env.get("ANSICON") != null || "1".equals(env.get("CLICOLOR")) || "ON".equals(env.get("ConEmuANSI"));
    return hinted || !windows || xterm || cygwin || osType;
  }
}
