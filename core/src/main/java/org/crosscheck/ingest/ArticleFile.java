package org.crosscheck.ingest;

/**
 * An article read from a corpus file.
 *
 * @param file where it came from
 * @param article the parsed article
 * @param fingerprint a digest of the file's bytes and its manifest entry; it changes exactly when
 *     re-indexing the file could give a different result
 */
public record ArticleFile(CorpusFile file, Article article, String fingerprint) {}
