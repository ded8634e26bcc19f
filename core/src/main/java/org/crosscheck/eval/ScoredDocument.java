package org.crosscheck.eval;

/**
 * A document a system retrieved for a topic, with its score.
 *
 * @param docId the document (paragraph) id
 * @param score the score; higher is better; a finite number
 */
public record ScoredDocument(String docId, double score) {
  public ScoredDocument {
    docId = TrecText.token(docId, "docId");
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("the parameter 'score' must be a finite number, got " + score);
    }
  }
}
