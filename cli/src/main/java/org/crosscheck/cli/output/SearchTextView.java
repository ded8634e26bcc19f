package org.crosscheck.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Span;
import org.crosscheck.search.Passage;
import org.crosscheck.search.SearchHit;
import org.crosscheck.search.SearchResults;

/** Search results for a person at a terminal: outlet and title, then the passages with matches marked. */
public final class SearchTextView {
  private static final String ELLIPSIS = "…";

  private final Style style;

  public SearchTextView(Style style) {
    this.style = style;
  }

  public void print(SearchResults results, PrintWriter out) {
    if (results.partial()) {
      out.println("Partial answer: the search ran out of time, so there may be more and better matches than shown;"
          + " narrow the query or raise --timeout-ms.");
    }
    long total = results.totalHits();
    // A count that stopped (at the count limit, or at the deadline) is a lower bound.
    String counted = (results.totalHitsExact() ? "" : "At least ") + total;
    if (results.hits().isEmpty()) {
      out.println(total == 0
          ? "No paragraph matches " + results.query() + "."
          : counted + " paragraphs match " + results.query() + ", none from " + (results.offset() + 1) + " on.");
      return;
    }
    int first = results.offset() + 1;
    int last = results.offset() + results.hits().size();
    out.println(counted + (total == 1 && results.totalHitsExact() ? " paragraph matches " : " paragraphs match ") + results.query()
        + (total > results.hits().size() ? " (showing " + first + "-" + last + ")" : ""));
    int rank = first;
    for (SearchHit hit : results.hits()) {
      out.println();
      String title = hit.title().isEmpty() ? "(untitled: " + hit.article() + ")" : hit.title();
      out.println(String.format(Locale.ROOT, "%2d. %s · %s", rank++, style.bold(hit.outlet()), title));
      out.println("    " + style.dim(String.format(Locale.ROOT, "¶%d  %s  score %.3f%s", hit.paragraph(), hit.id(), hit.score(),
          hit.kind().label().equals("body") ? "" : "  [" + hit.kind().label() + "]")));
      out.println("    " + passages(hit));
    }
    out.flush();
  }

  /** The hit's best passages with the matches marked, joined by an ellipsis where text was left out. */
  private String passages(SearchHit hit) {
    String text = hit.text();
    List<Passage> passages = hit.passages();
    if (passages.isEmpty()) {
      return oneLine(text);
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Passage passage : passages) {
      if (passage.span().start() > at) {
        out.append(at == 0 ? "" : " ").append(ELLIPSIS).append(' ');
      } else if (at > 0) {
        out.append(' ');
      }
      out.append(marked(text, passage));
      at = passage.span().end();
    }
    if (at < text.strip().length()) {
      out.append(' ').append(ELLIPSIS);
    }
    return oneLine(out.toString());
  }

  private String marked(String text, Passage passage) {
    StringBuilder out = new StringBuilder();
    int at = passage.span().start();
    for (Span match : passage.matches()) {
      out.append(text, at, match.start()).append(style.matchOpen()).append(text, match.start(), match.end()).append(style.matchClose());
      at = match.end();
    }
    return out.append(text, at, passage.span().end()).toString();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " / ");
  }
}
