package org.crosscheck.cli.shell;

import org.crosscheck.search.SearchOptions;

/** {@code :limit N}: how many hits a search shows. */
final class LimitAction implements ShellAction {
  @Override
  public String name() {
    return "limit";
  }

  @Override
  public String arguments() {
    return "N";
  }

  @Override
  public String summary() {
    return "show N hits per search (" + SearchOptions.DEFAULT_LIMIT + " at first); alone, say how many";
  }

  @Override
  public void run(String argument, ShellSession session) {
    if (argument.isEmpty()) {
      session.say(showing(session.limit()));
      return;
    }
    int limit;
    try {
      limit = Integer.parseInt(argument);
    } catch (NumberFormatException e) {
      limit = -1;
    }
    if (limit < 1 || limit > SearchOptions.MAX_LIMIT) {
      session.error(":limit takes a whole number from 1 to " + SearchOptions.MAX_LIMIT + ", not '" + argument + "'");
      return;
    }
    session.limit(limit);
    session.say(showing(limit));
  }

  private static String showing(int limit) {
    return "Showing " + limit + (limit == 1 ? " hit" : " hits") + " per search.";
  }
}
