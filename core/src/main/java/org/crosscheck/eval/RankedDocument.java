package org.crosscheck.eval;

import org.crosscheck.internal.Check;

/**
 * One retrieved document of a topic, with its judgment.
 *
 * @param rank its place in the ranking, from 1
 * @param docId the document (paragraph) id
 * @param score the score the system gave it
 * @param judged whether the judgments grade it at all
 * @param grade its relevance grade, 0 when unjudged
 */
public record RankedDocument(int rank, String docId, double score, boolean judged, int grade) {
  public RankedDocument {
    Check.between(rank, 1, Integer.MAX_VALUE, "rank");
    docId = TrecText.token(docId, "docId");
    if (!judged && grade != 0) {
      throw new IllegalArgumentException("the parameter 'grade' must be 0 for an unjudged document, got " + grade);
    }
  }

  /** Whether binary metrics count it as relevant. */
  public boolean isRelevant() {
    return judged && grade >= Qrels.RELEVANT_GRADE;
  }

  /** What it adds to DCG before the rank discount: its grade, never below 0 (trec_eval's ndcg_cut gains). */
  double gain() {
    return Math.max(grade, 0);
  }
}
