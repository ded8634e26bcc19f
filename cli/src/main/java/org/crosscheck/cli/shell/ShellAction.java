package org.crosscheck.cli.shell;

import java.util.List;

/**
 * One {@code :command} of the shell. Each is a small class in this package, listed in {@link
 * ShellActions}; a feature adds its command by adding one class and one entry there.
 */
public interface ShellAction {
  /** What the user types after the colon: {@code para} for {@code :para}. */
  String name();

  /** The arguments, for help: {@code ID}, {@code [NAME]}; empty when it takes none. */
  String arguments();

  /** One line for {@code :help}. */
  String summary();

  /**
   * Does the command.
   *
   * @param argument what followed the command name, stripped; empty when nothing did
   * @param session the shell's state and output
   */
  void run(String argument, ShellSession session);

  /** Values the argument can take, for tab completion. */
  default List<String> completions(ShellSession session) {
    return List.of();
  }
}
