package org.crosscheck.cli.shell;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code :outlet NAME}: search only this outlet; {@code :outlet} alone searches all again. */
final class OutletAction implements ShellAction {
  @Override
  public String name() {
    return "outlet";
  }

  @Override
  public String arguments() {
    return "[NAME]";
  }

  @Override
  public String summary() {
    return "search only this outlet (any case); alone, search all outlets again";
  }

  @Override
  public void run(String argument, ShellSession session) {
    String name = unquote(argument);
    if (name.isEmpty()) {
      session.outlet(Optional.empty());
      session.say("Searching all outlets.");
      return;
    }
    List<String> outlets = session.crosscheck().outlets();
    Optional<String> known = outlets.stream().filter(o -> o.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).findFirst();
    if (known.isEmpty()) {
      session.error("no outlet '" + name + "' in the index; it has " + String.join(", ", outlets));
      return;
    }
    session.outlet(known);
    session.say("Searching " + known.get() + " only; :outlet alone searches all.");
  }

  @Override
  public List<String> completions(ShellSession session) {
    return session.crosscheck().outlets();
  }

  /** Completion and habit both put quotes or backslashes around names with spaces. */
  private static String unquote(String argument) {
    String name = argument.strip().replace("\\ ", " ");
    if (name.length() >= 2 && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("'") && name.endsWith("'"))) {
      name = name.substring(1, name.length() - 1).strip();
    }
    return name;
  }
}
