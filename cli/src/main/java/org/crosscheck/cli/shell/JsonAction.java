package org.crosscheck.cli.shell;

import java.util.List;

/** {@code :json on|off}: answers as JSON, as {@code --format json} prints them, or as text. */
final class JsonAction implements ShellAction {
  @Override
  public String name() {
    return "json";
  }

  @Override
  public String arguments() {
    return "on|off";
  }

  @Override
  public String summary() {
    return "answer in JSON (as --format json) or in text; alone, say which";
  }

  @Override
  public void run(String argument, ShellSession session) {
    switch (argument.toLowerCase(java.util.Locale.ROOT)) {
      case "" -> session.say("JSON output is " + (session.json() ? "on." : "off."));
      case "on" -> {
        session.json(true);
        session.say("JSON output is on.");
      }
      case "off" -> {
        session.json(false);
        session.say("JSON output is off.");
      }
      default -> session.error(":json takes on or off, not '" + argument + "'");
    }
  }

  @Override
  public List<String> completions(ShellSession session) {
    return List.of("on", "off");
  }
}
