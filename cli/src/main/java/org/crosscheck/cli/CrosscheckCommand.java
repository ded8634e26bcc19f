package org.crosscheck.cli;

import java.util.concurrent.Callable;
import org.crosscheck.Crosscheck;
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
        ShellCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 failure in the work, 2 bad usage or bad input."})
public final class CrosscheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** The configured command line, as {@link Main} and the tests run it. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new CrosscheckCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    ErrorHandler errors = new ErrorHandler();
    commandLine.setExecutionExceptionHandler(errors);
    commandLine.setParameterExceptionHandler(errors);
    return commandLine;
  }

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
