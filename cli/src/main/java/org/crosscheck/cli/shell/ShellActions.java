package org.crosscheck.cli.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of the shell's {@code :commands}, in the order {@code :help} lists them.
 */
public final class ShellActions {
  private final Map<String, ShellAction> byName = new LinkedHashMap<>();

  private ShellActions(List<ShellAction> actions) {
    for (ShellAction action : actions) {
      if (byName.put(action.name(), action) != null) {
        throw new IllegalArgumentException("two shell commands are named :" + action.name());
      }
    }
  }

  /** Every command the shell knows. */
  public static ShellActions standard() {
    return new ShellActions(List.of(
        new SameAction(),
        new ParaAction(),
        new FactsAction(),
        new EntitiesAction(),
        new OutletAction(),
        new LimitAction(),
        new JsonAction(),
        new HelpAction(),
        new QuitAction()));
  }

  public Optional<ShellAction> named(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public List<ShellAction> all() {
    return List.copyOf(byName.values());
  }
}
