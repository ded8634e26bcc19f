package org.crosscheck.search;

import java.util.List;
import org.crosscheck.Span;

/**
 * A stretch of a hit's text (usually a sentence) with the matches in it marked.
 *
 * @param span where the passage stands in the hit's text
 * @param matches the matches, as offsets into the hit's text, in order; a phrase is one match
 * @param score how well the passage matches, as the highlighter ranks passages
 */
public record Passage(Span span, List<Span> matches, float score) {
  public Passage {
    matches = List.copyOf(matches);
  }

  /** The passage's text, cut from the hit's text. */
  public String text(String hitText) {
    return span.of(hitText);
  }
}
