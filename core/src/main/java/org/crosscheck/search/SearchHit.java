package org.crosscheck.search;

import java.util.List;
import org.crosscheck.Span;
import org.crosscheck.ingest.ParagraphKind;

/**
 * One paragraph that matched a search. Immutable.
 *
 * @param id the paragraph id, {@code <article>:<paragraph>}
 * @param article the article id
 * @param outlet the outlet that published the article
 * @param title the article's title, empty when it has none
 * @param paragraph the paragraph's number in its article, from 1
 * @param kind body or boilerplate
 * @param score the relevance score; hits with equal scores are ordered by id
 * @param text the whole paragraph
 * @param passages the best passages, in reading order
 * @param highlights every match in the paragraph, as offsets into {@code text}, in order
 */
public record SearchHit(
    String id,
    String article,
    String outlet,
    String title,
    int paragraph,
    ParagraphKind kind,
    float score,
    String text,
    List<Passage> passages,
    List<Span> highlights) {

  public SearchHit {
    passages = List.copyOf(passages);
    highlights = List.copyOf(highlights);
  }

  /** The text with every match wrapped in {@code open} and {@code close}, for example {@code [[} and {@code ]]}. */
  public String marked(String open, String close) {
    return Highlighting.mark(text, highlights, open, close);
  }
}
