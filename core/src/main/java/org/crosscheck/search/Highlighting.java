package org.crosscheck.search;

import java.util.List;
import org.crosscheck.Span;

/** Helpers for showing matches in text. */
public final class Highlighting {
  private Highlighting() {}

  /**
   * Wraps each span of {@code text} in the given markers.
   *
   * @param spans non-overlapping spans in order, as {@link SearchHit#highlights()} holds them
   */
  public static String mark(String text, List<Span> spans, String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + spans.size() * (open.length() + close.length()));
    int at = 0;
    for (Span span : spans) {
      if (span.start() < at || span.end() > text.length()) {
        continue;
      }
      out.append(text, at, span.start()).append(open).append(text, span.start(), span.end()).append(close);
      at = span.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
