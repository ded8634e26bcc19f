package org.crosscheck.facts;

import java.util.List;
import java.util.Objects;
import org.crosscheck.Span;
import org.crosscheck.search.Highlighting;

/**
 * The passage of one paragraph that best carries a statement. Immutable.
 *
 * @param paragraphId the paragraph id, {@code <article>:<paragraph>}
 * @param article the article id
 * @param outlet the outlet as the article names itself
 * @param title the article's title, empty when it has none
 * @param paragraph the paragraph's number in its article, from 1
 * @param text the whole paragraph
 * @param sentences the sentence or sentences that carry the fact, as offsets into {@code text}, in order
 * @param highlights the words shared with the statement, as offsets into {@code text}, in order
 * @param score how well the sentences carry the statement, from 0 to 1
 * @param signals what the score is made of
 * @param statementSpan the part of the statement these sentences answer: all of it for a statement,
 *     one sentence of the query paragraph for a paragraph query
 */
public record Evidence(
    String paragraphId,
    String article,
    String outlet,
    String title,
    int paragraph,
    String text,
    List<Span> sentences,
    List<Span> highlights,
    double score,
    Signals signals,
    Span statementSpan) {

  public Evidence {
    Objects.requireNonNull(paragraphId, "paragraphId");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(signals, "signals");
    Objects.requireNonNull(statementSpan, "statementSpan");
    sentences = List.copyOf(sentences);
    highlights = List.copyOf(highlights);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("evidence needs at least one sentence");
    }
  }

  /** The text of the sentences that carry the fact, joined by a space. */
  public String sentenceText() {
    return String.join(" ", sentences.stream().map(span -> span.of(text).strip()).toList());
  }

  /** The paragraph with the shared words wrapped in {@code open} and {@code close}. */
  public String marked(String open, String close) {
    return Highlighting.mark(text, highlights, open, close);
  }

  /** The whole span of the evidence sentences. */
  public Span span() {
    return new Span(sentences.getFirst().start(), sentences.getLast().end());
  }
}
