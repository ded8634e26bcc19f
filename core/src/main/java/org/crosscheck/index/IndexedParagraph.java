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
 */
public record IndexedParagraph(Paragraph paragraph, String outlet, String title, String source) {
  public IndexedParagraph {
    Objects.requireNonNull(paragraph, "paragraph");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
  }

  public String id() {
    return paragraph.id();
  }
}
