package org.crosscheck.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.entities.EntitySummary;
import org.crosscheck.entities.EntityType;

/** The entity listing for a person at a terminal: one block per entity, counts per outlet, spellings, roles. */
public final class EntitiesTextView {
  /** Quotes are long; a listing shows this many per speaker. */
  private static final int QUOTES_SHOWN = 3;

  private final Style style;

  public EntitiesTextView(Style style) {
    this.style = style;
  }

  public void print(List<EntitySummary> entities, PrintWriter out) {
    if (entities.isEmpty()) {
      out.println("No entities found.");
      out.flush();
      return;
    }
    boolean first = true;
    for (EntitySummary e : entities) {
      if (!first) {
        out.println();
      }
      first = false;
      out.println(e.type().label() + "  " + style.bold(e.name()) + "  " + style.dim("(" + count(e.paragraphs(), "paragraph") + ", "
          + count(e.outlets(), "outlet") + ")"));
      out.println("  outlets:   " + e.paragraphsByOutlet().entrySet().stream()
          .map(o -> o.getKey() + " " + o.getValue()).collect(Collectors.joining(", ")));
      if (e.type() == EntityType.QUOTE) {
        List<String> quotes = e.variants();
        String shown = quotes.stream().limit(QUOTES_SHOWN).map(q -> "“" + q + "”").collect(Collectors.joining(" | "));
        out.println("  quotes:    " + shown + (quotes.size() > QUOTES_SHOWN ? " (+" + (quotes.size() - QUOTES_SHOWN) + " more)" : ""));
      } else {
        out.println("  spellings: " + String.join(" | ", e.variants()));
      }
      if (!e.attributes().isEmpty()) {
        out.println((e.type() == EntityType.NUMBER ? "  counts:    " : "  roles:     ") + String.join(" | ", e.attributes()));
      }
    }
    out.flush();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
