package org.crosscheck.cli.output;

import java.util.List;
import org.crosscheck.index.IndexedParagraph;

/** The JSON form of a paragraph with its neighbours. Scripts rely on these names; add fields, never rename them. */
public record ParagraphJson(
    String id, String article, String outlet, String title, String source, String date, String url, List<Entry> paragraphs) {

  public record Entry(String id, int paragraph, String kind, String boilerplate, String text) {}

  /** @param paragraphs not empty, all of one article */
  public static ParagraphJson of(String focus, List<IndexedParagraph> paragraphs) {
    IndexedParagraph first = paragraphs.getFirst();
    return new ParagraphJson(focus.strip(), first.paragraph().articleId(), first.outlet(), first.title(), first.source(),
        first.date(), first.url(),
        paragraphs.stream()
            .map(p -> new Entry(p.id(), p.paragraph().number(), p.paragraph().kind().label(), p.paragraph().boilerplate().label(),
                p.paragraph().text()))
            .toList());
  }
}
