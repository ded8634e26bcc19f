package org.crosscheck.cli;

import org.crosscheck.cli.output.Format;
import org.crosscheck.cli.output.Style;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --format} and {@code --color} options of the commands that print results. */
public final class OutputOptions {
  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "auto, always or never (default: ${DEFAULT-VALUE}; auto colours on a terminal unless NO_COLOR is set).")
  Style.When color;

  /** The command these options belong to, for its {@link Invocation}. */
  @Spec(Spec.Target.MIXEE) CommandSpec command;

  /** Whether to print one JSON document instead of text. */
  public boolean json() {
    return format == Format.JSON;
  }

  /** How text output marks matches; {@code auto} colours as the {@link Invocation} says. */
  public Style style() {
    return Style.of(color, color == Style.When.AUTO && Invocation.of(command).colour());
  }
}
