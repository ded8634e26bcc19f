package org.crosscheck.ingest;

import java.nio.file.Path;

/**
 * One article file found in a corpus folder.
 *
 * @param path where it is on disk
 * @param relativePath its path below the corpus folder, with {@code /} separators
 * @param articleId the id its paragraphs are indexed under: the relative path without {@code .txt}
 */
public record CorpusFile(Path path, String relativePath, String articleId) {}
