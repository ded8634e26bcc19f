package org.crosscheck.cli.shell;

import java.util.regex.Pattern;
import org.crosscheck.cli.output.Json;
import org.crosscheck.cli.output.SameFactJson;
import org.crosscheck.cli.output.SameFactTextView;
import org.crosscheck.facts.SameFactResult;

/**
 * {@code :same STATEMENT} or {@code :same ID}: which outlets report a statement, or what a paragraph
 * of the index says. The argument is a paragraph query when it is the id of a paragraph the index
 * holds, or when it looks like one (a single word ending in {@code :NUMBER}, as search results show
 * ids), so a mistyped id gets "no paragraph" rather than a same-fact answer about the id's letters.
 * Anything else is a statement. Same-fact always compares every outlet, whatever {@code :outlet} is.
 */
final class SameAction implements ShellAction {
  /** One word ending in {@code :NUMBER}: {@code 001_ae67bbf54034e372:9}. */
  private static final Pattern PARAGRAPH_ID = Pattern.compile("\\S+:\\d+");

  @Override
  public String name() {
    return "same";
  }

  @Override
  public String arguments() {
    return "STATEMENT|ID";
  }

  @Override
  public String summary() {
    return "which outlets report a statement, or paragraph ARTICLE:NUMBER (all outlets, whatever :outlet says)";
  }

  @Override
  public void run(String argument, ShellSession session) {
    if (argument.isEmpty()) {
      session.error(":same needs a statement in your own words, or a paragraph id such as 001_ae67bbf54034e372:9");
      return;
    }
    SameFactResult result = isParagraphQuery(argument, session)
        ? session.crosscheck().sameFactAsParagraph(argument)
        : session.crosscheck().sameFact(argument);
    if (session.json()) {
      session.show(Json.write(SameFactJson.of(result)) + "\n");
    } else {
      session.show(out -> new SameFactTextView(session.style()).print(result, out));
    }
  }

  static boolean isParagraphQuery(String argument, ShellSession session) {
    return PARAGRAPH_ID.matcher(argument).matches()
        || argument.matches(".+:\\d+") && session.crosscheck().paragraph(argument).isPresent();
  }
}
