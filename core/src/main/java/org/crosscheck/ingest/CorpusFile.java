package org.crosscheck.ingest;

import java.nio.file.Path;

/**
 * One article file found in a corpus folder.
 *
 * @param path where it is on disk
 * @param relativePath its path below the corpus folder, with {@code /} separators
 * @param articleId the id its paragraphs are indexed under: the relative path without {@code .txt}; for a
 *     JSON Lines file the path without {@code .jsonl}, since each line names its own article
 */
public record CorpusFile(Path path, String relativePath, String articleId) {
  /** A JSON Lines file holds many articles, one per line; any other file is one article. */
  public boolean isJsonLines() {
    return relativePath.toLowerCase(java.util.Locale.ROOT).endsWith(CorpusReader.JSON_LINES_SUFFIX);
  }
}
