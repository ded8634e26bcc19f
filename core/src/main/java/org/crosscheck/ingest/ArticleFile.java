package org.crosscheck.ingest;

import java.util.List;

/**
 * An article read from a corpus file.
 *
 * @param file where it came from
 * @param article the parsed article
 * @param fingerprint a digest of the file's bytes and its manifest entry; it changes exactly when
 *     re-indexing the file could give a different result
 * @param warnings how the file had to be read when it was not clean UTF-8; usually empty
 */
public record ArticleFile(CorpusFile file, Article article, String fingerprint, List<FileWarning> warnings) {
  public ArticleFile {
    warnings = List.copyOf(warnings);
  }

  /** An article read without a warning. */
  public ArticleFile(CorpusFile file, Article article, String fingerprint) {
    this(file, article, fingerprint, List.of());
  }
}
