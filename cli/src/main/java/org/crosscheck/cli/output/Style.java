package org.crosscheck.cli.output;

/**
 * How text output marks things: ANSI colour on a terminal, plain markers ({@code [[honest
 * mistake]]}) when piped or when {@code NO_COLOR} is set.
 */
public final class Style {
  /** When to colour. */
  public enum When { AUTO, ALWAYS, NEVER }

  private static final String RESET = "\u001B[0m";
  private static final String MATCH = "\u001B[1;33m";
  private static final String BOLD = "\u001B[1m";
  private static final String DIM = "\u001B[2m";

  private final boolean colour;

  private Style(boolean colour) {
    this.colour = colour;
  }

  /**
   * The style for a {@code --color} choice; {@code colourWhenAuto} says what {@code auto} means for
   * this run (the command line's {@code Invocation.colour()}: a terminal, and no {@code NO_COLOR}).
   */
  public static Style of(When when, boolean colourWhenAuto) {
    return new Style(switch (when) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> colourWhenAuto;
    });
  }

  public static Style coloured() {
    return new Style(true);
  }

  public static Style plain() {
    return new Style(false);
  }

  public boolean colour() {
    return colour;
  }

  public String matchOpen() {
    return colour ? MATCH : "[[";
  }

  public String matchClose() {
    return colour ? RESET : "]]";
  }

  public String bold(String text) {
    return colour ? BOLD + text + RESET : text;
  }

  public String dim(String text) {
    return colour ? DIM + text + RESET : text;
  }
}
