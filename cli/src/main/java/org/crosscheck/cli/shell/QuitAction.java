package org.crosscheck.cli.shell;

/** {@code :quit}: leaves the shell. */
final class QuitAction implements ShellAction {
  @Override
  public String name() {
    return "quit";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "leave the shell (Ctrl-D too)";
  }

  @Override
  public void run(String argument, ShellSession session) {
    session.quit();
  }
}
