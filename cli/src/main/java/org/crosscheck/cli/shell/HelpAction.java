package org.crosscheck.cli.shell;

import java.util.stream.Collectors;
import org.crosscheck.search.QueryField;

/** {@code :help}: the commands and the query syntax. */
final class HelpAction implements ShellAction {
  @Override
  public String name() {
    return "help";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "this list";
  }

  @Override
  public void run(String argument, ShellSession session) {
    session.show(out -> {
      out.println("Type a query to search the paragraphs: words, \"a phrase\", AND OR NOT, word*, word~, \"a b\"~3.");
      out.println("Fields: " + QueryField.all().keySet().stream().map(f -> f + ":").collect(Collectors.joining(" "))
          + "  (Tab completes them, and outlets after outlet:)");
      out.println();
      for (ShellAction action : session.actions().all()) {
        String usage = ":" + action.name() + (action.arguments().isEmpty() ? "" : " " + action.arguments());
        out.println(String.format(java.util.Locale.ROOT, "  %-16s %s", usage, action.summary()));
      }
      out.println();
      out.println("Up and down recall earlier lines (kept across runs); Ctrl-D quits too.");
    });
  }
}
