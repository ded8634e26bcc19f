package org.crosscheck.cli.output;

import java.io.PrintWriter;
import java.util.List;
import org.crosscheck.index.IndexedParagraph;

/** A paragraph with its neighbours, for reading it in context: the article's heading, then each paragraph. */
public final class ParagraphTextView {
  private final Style style;

  public ParagraphTextView(Style style) {
    this.style = style;
  }

  /**
   * @param focus the id of the paragraph asked for, marked with {@code >}
   * @param paragraphs the paragraph and its neighbours, in reading order, all of one article
   */
  public void print(String focus, List<IndexedParagraph> paragraphs, PrintWriter out) {
    if (paragraphs.isEmpty()) {
      out.println("No paragraph " + focus + " in the index.");
      out.flush();
      return;
    }
    IndexedParagraph first = paragraphs.getFirst();
    String title = first.title().isEmpty() ? "(untitled: " + first.paragraph().articleId() + ")" : first.title();
    out.println(style.bold(first.outlet()) + " · " + title);
    StringBuilder about = new StringBuilder(first.source());
    if (!first.date().isEmpty()) {
      about.append("  ").append(first.date());
    }
    if (!first.url().isEmpty()) {
      about.append("  ").append(first.url());
    }
    out.println(style.dim(about.toString()));
    for (IndexedParagraph paragraph : paragraphs) {
      out.println();
      boolean isFocus = paragraph.id().equals(focus.strip());
      String kind = paragraph.paragraph().kind().label().equals("body") ? "" : "  [" + paragraph.paragraph().boilerplate().label() + "]";
      out.println((isFocus ? "> " : "  ") + style.dim("¶" + paragraph.paragraph().number() + "  " + paragraph.id() + kind));
      for (String line : paragraph.paragraph().text().split("\\R")) {
        out.println((isFocus ? "> " : "  ") + (isFocus ? style.bold(line) : line));
      }
    }
    out.flush();
  }
}
