package org.crosscheck.cli;

import org.crosscheck.cli.output.Format;
import org.crosscheck.cli.output.Style;
import picocli.CommandLine.Option;

/** The {@code --format} and {@code --color} options of the commands that print results. */
public final class OutputOptions {
  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "auto, always or never (default: ${DEFAULT-VALUE}; auto colours on a terminal unless NO_COLOR is set).")
  Style.When color;

  /** Whether to print one JSON document instead of text. */
  public boolean json() {
    return format == Format.JSON;
  }

  /** How text output marks matches. */
  public Style style() {
    return Style.of(color);
  }
}
