package org.crosscheck.index;

import java.util.Objects;
import org.crosscheck.ingest.Paragraph;

/**
 * A paragraph as the index holds it, with what it knows of the paragraph's article.
 *
 * @param paragraph the paragraph itself
 * @param outlet the article's outlet
 * @param title the article's title, empty when it has none
 * @param source the article file's path relative to the corpus folder
 * @param date the article's publication date as its corpus writes it; empty when unknown
 * @param url where the article was published; empty when unknown
 */
public record IndexedParagraph(Paragraph paragraph, String outlet, String title, String source, String date, String url) {
  public IndexedParagraph {
    Objects.requireNonNull(paragraph, "paragraph");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    date = date == null ? "" : date;
    url = url == null ? "" : url;
  }

  /** A paragraph whose article's date and url are not known. */
  public IndexedParagraph(Paragraph paragraph, String outlet, String title, String source) {
    this(paragraph, outlet, title, source, "", "");
  }

  public String id() {
    return paragraph.id();
  }
}
