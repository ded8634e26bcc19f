package org.crosscheck.cli;

import java.util.concurrent.Callable;
import org.crosscheck.Crosscheck;
import org.crosscheck.cli.server.ServerCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command; it only groups the subcommands. */
@Command(
    name = "crosscheck",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = CrosscheckCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Search news articles and see which facts several outlets report.",
      "With no --index, commands use the index of the bundled seed articles, built on first use."
    },
    subcommands = {IndexCommand.class, SearchCommand.class, SameFactCommand.class, FactsCommand.class, EntitiesCommand.class,
        ShellCommand.class, BenchCommand.class, ServerCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 failure in the work, 2 bad usage or bad input."})
public final class CrosscheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** What this run takes from the process that asked for it; commands reach it through {@link Invocation#of}. */
  private Invocation invocation;

  private CrosscheckCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  Invocation invocation() {
    if (invocation == null) {
      throw new IllegalStateException("a command line from unboundCommandLine() runs only after bind()");
    }
    return invocation;
  }

  /** The configured command line for a run of this process, as {@link Main} and the tests run it. */
  public static CommandLine commandLine() {
    return commandLine(Invocation.local());
  }

  /** The configured command line for a run on behalf of another process (the background server's client). */
  public static CommandLine commandLine(Invocation invocation) {
    CrosscheckCommand root = new CrosscheckCommand(invocation);
    CommandLine commandLine = new CommandLine(root).setCaseInsensitiveEnumValuesAllowed(true);
    ErrorHandler errors = new ErrorHandler();
    commandLine.setExecutionExceptionHandler(errors);
    commandLine.setParameterExceptionHandler(errors);
    // Help asks the invocation, not picocli's view of this JVM, whether to colour and how wide to be.
    commandLine.setHelpFactory((command, colours) -> help(command, root.invocation()));
    return commandLine;
  }

  /**
   * A command line built now for a run whose {@link Invocation} comes later ({@link #bind}). picocli
   * builds its model of every command by reflection, which takes milliseconds, tens of them while
   * the JIT compiler is cold: the background server builds command lines ahead of its requests.
   */
  public static CommandLine unboundCommandLine() {
    return commandLine(null);
  }

  /** Gives a command line from {@link #unboundCommandLine()} the invocation it runs for; once. */
  public static CommandLine bind(CommandLine commandLine, Invocation invocation) {
    CrosscheckCommand root = (CrosscheckCommand) commandLine.getCommandSpec().userObject();
    if (root.invocation != null) {
      throw new IllegalStateException("this command line has an invocation already; build a new one for each run");
    }
    root.invocation = invocation;
    return commandLine;
  }

  /**
   * Help as picocli makes it, with colour on when {@link Invocation#colour()} says so, and, when the
   * command fits its help to the terminal ({@code usageHelpAutoWidth}), the width of the terminal of
   * the process that asked (at least picocli's minimum of 55 columns; picocli's default of 80 when
   * it is no terminal).
   */
  private static CommandLine.Help help(CommandSpec command, Invocation invocation) {
    CommandLine.Model.UsageMessageSpec usage = command.usageMessage();
    if (usage.autoWidth()) {
      int columns = invocation.terminalColumns();
      usage.autoWidth(false);
      if (columns >= 0) {
        usage.width(Math.max(MINIMUM_USAGE_WIDTH, columns));
      }
    }
    CommandLine.Help.Ansi ansi = invocation.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF;
    return new CommandLine.Help(command, CommandLine.Help.defaultColorScheme(ansi));
  }

  /** picocli's narrowest help (its UsageMessageSpec.MINIMUM_USAGE_WIDTH, which is private). */
  private static final int MINIMUM_USAGE_WIDTH = 55;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }

  /** Reports the version of crosscheck-core this command line runs on. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"crosscheck " + Crosscheck.version(), "Java " + Runtime.version() + ", " + System.getProperty("java.vm.name")};
    }
  }
}
