package org.crosscheck.ingest;

import java.util.List;
import java.util.Objects;

/**
 * A news article split into paragraphs.
 *
 * @param id the file name without {@code .txt} (with its folder for files below the corpus root)
 * @param outlet who published it, as the article names itself, or {@code "unknown"}
 * @param title the headline; empty when the article has none
 * @param source the file's path relative to the corpus folder, with {@code /} separators
 * @param paragraphs every paragraph in reading order, boilerplate included
 * @param date the publication date as the manifest or the JSON Lines record writes it; empty when unknown
 * @param url where the article was published; empty when unknown
 */
public record Article(
    String id, String outlet, String title, String source, List<Paragraph> paragraphs, String date, String url) {
  public static final String UNKNOWN_OUTLET = "unknown";

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    paragraphs = List.copyOf(paragraphs);
    date = date == null ? "" : date.strip();
    url = url == null ? "" : url.strip();
  }

  /** An article whose date and url are not known. */
  public Article(String id, String outlet, String title, String source, List<Paragraph> paragraphs) {
    this(id, outlet, title, source, paragraphs, "", "");
  }

  /** The paragraphs that are reporting, not page furniture. */
  public List<Paragraph> bodyParagraphs() {
    return paragraphs.stream().filter(p -> p.kind() == ParagraphKind.BODY).toList();
  }

  /** The paragraphs set aside as boilerplate. */
  public List<Paragraph> boilerplateParagraphs() {
    return paragraphs.stream().filter(p -> p.kind() == ParagraphKind.BOILERPLATE).toList();
  }

  /** The paragraph with this number, from 1. */
  public Paragraph paragraph(int number) {
    if (number < 1 || number > paragraphs.size()) {
      throw new IndexOutOfBoundsException("article " + id + " has paragraphs 1 to " + paragraphs.size() + ", not " + number);
    }
    return paragraphs.get(number - 1);
  }
}
