package org.crosscheck.entities;

import org.crosscheck.ingest.Article;

/**
 * Finds people, organisations, places, dates, quotes and numbers in an article. Extraction works
 * on a whole article because context decides much: "Esper" is the "Mark Esper" named two
 * paragraphs earlier, and "the defense secretary said" credits him with the quote.
 *
 * <p>{@link RuleBasedEntityExtractor} is the implementation crosscheck ships; a statistical model can
 * take its place behind this interface. Implementations must be thread-safe, never throw on odd text
 * (empty, all capitals, huge, any script), and give canonical keys that depend only on the text, never
 * on which articles were read before.
 *
 * <pre>{@code
 * EntityExtractor extractor = RuleBasedEntityExtractor.shared();
 * ArticleEntities entities = extractor.extract(article);
 * entities.paragraph(3).quotes();   // [Quote[text=It was a mistake, ..., speaker=Mark Milley]]
 * }</pre>
 */
public interface EntityExtractor {

  /** The entities of every paragraph of the article; boilerplate paragraphs come back empty. */
  ArticleEntities extract(Article article);

  /** The entities of one paragraph, read in the context of its article. */
  default ParagraphEntities extract(Article article, int paragraphNumber) {
    return extract(article).paragraph(paragraphNumber);
  }
}
