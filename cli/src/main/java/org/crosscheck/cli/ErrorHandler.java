package org.crosscheck.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.crosscheck.CrosscheckException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns errors into one line on standard error and an exit code, never a stack trace for a mistake
 * the user can fix. Set {@code CROSSCHECK_DEBUG=1} to see the stack trace of an internal failure.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof CrosscheckException || e instanceof IllegalArgumentException) {
      err.println("crosscheck: " + e.getMessage());
      err.flush();
      return ExitCode.USAGE;
    }
    String message = e instanceof UncheckedIOException io && io.getCause() != null ? io.getMessage() : String.valueOf(e);
    err.println("crosscheck: internal error: " + message);
    if (Invocation.of(commandLine.getCommandSpec()).environment("CROSSCHECK_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println("crosscheck: set CROSSCHECK_DEBUG=1 to see where it happened");
    }
    err.flush();
    return ExitCode.FAILURE;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("crosscheck: " + e.getMessage() + " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')");
    err.flush();
    return ExitCode.USAGE;
  }
}
