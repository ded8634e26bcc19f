package org.crosscheck.cli.shell;

import java.util.List;
import org.crosscheck.cli.output.Json;
import org.crosscheck.cli.output.ParagraphJson;
import org.crosscheck.cli.output.ParagraphTextView;
import org.crosscheck.index.IndexedParagraph;

/** {@code :para ID}: the paragraph with the paragraphs before and after it. */
final class ParaAction implements ShellAction {
  /** One paragraph either side is enough to see where a sentence stands without scrolling. */
  static final int NEIGHBOURS = 1;

  @Override
  public String name() {
    return "para";
  }

  @Override
  public String arguments() {
    return "ID";
  }

  @Override
  public String summary() {
    return "the paragraph ARTICLE:NUMBER with its neighbours";
  }

  @Override
  public void run(String argument, ShellSession session) {
    if (argument.isEmpty()) {
      session.error(":para needs a paragraph id, such as 001_ae67bbf54034e372:9 (search results show them)");
      return;
    }
    List<IndexedParagraph> paragraphs = session.crosscheck().paragraphsAround(argument, NEIGHBOURS);
    if (session.json() && !paragraphs.isEmpty()) {
      session.show(Json.write(ParagraphJson.of(argument, paragraphs)) + "\n");
    } else {
      session.show(out -> new ParagraphTextView(session.style()).print(argument, paragraphs, out));
    }
  }
}
