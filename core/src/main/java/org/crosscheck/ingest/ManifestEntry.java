package org.crosscheck.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * What a corpus manifest says about one article.
 *
 * @param articleId the article id the row describes (the file name without {@code .txt})
 * @param outlet the publisher, or {@code null} when the manifest does not say
 * @param title the headline as it stands in the file; {@code ""} means the file has no title line;
 *     {@code null} means the manifest does not say, so the first line is taken as the title
 * @param date the publication date as written, or {@code null}
 * @param url where the article was published, or {@code null}
 */
public record ManifestEntry(String articleId, String outlet, String title, String date, String url) {
  public ManifestEntry {
    Objects.requireNonNull(articleId, "articleId");
  }

  public Optional<String> outletIfKnown() {
    return Optional.ofNullable(outlet).filter(s -> !s.isBlank());
  }
}
