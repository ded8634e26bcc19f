package org.crosscheck.eval;

/**
 * How relevant one document is to one topic, as a line of a TREC qrels file says.
 *
 * @param topicId the topic
 * @param docId the document, for crosscheck a paragraph id {@code article:number}
 * @param grade the relevance grade: 0 not relevant, 1 relevant, higher for more relevant (graded
 *     relevance); negative grades are allowed, count as not relevant and gain nothing, as in trec_eval
 */
public record Judgment(String topicId, String docId, int grade) {
  public Judgment {
    topicId = TrecText.token(topicId, "topicId");
    docId = TrecText.token(docId, "docId");
  }

  /** Whether binary metrics count the document as relevant (grade 1 or more, trec_eval's default). */
  public boolean isRelevant() {
    return grade >= Qrels.RELEVANT_GRADE;
  }
}
