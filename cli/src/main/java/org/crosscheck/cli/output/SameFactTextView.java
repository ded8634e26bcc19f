package org.crosscheck.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Span;
import org.crosscheck.facts.Discrepancy;
import org.crosscheck.facts.Evidence;
import org.crosscheck.facts.OutletFinding;
import org.crosscheck.facts.SameFactResult;
import org.crosscheck.facts.WordingVariant;

/** A same-fact answer for a person at a terminal: verdict, one block per outlet, variants, discrepancies. */
public final class SameFactTextView {
  private final Style style;

  public SameFactTextView(Style style) {
    this.style = style;
  }

  public void print(SameFactResult result, PrintWriter out) {
    String what = result.queryParagraph().map(id -> "Paragraph " + id + ": ").orElse("Statement: ");
    out.println(what + oneLine(result.statement()));
    out.println(style.bold(capitalised(result.verdict())) + ".");
    for (OutletFinding finding : result.outlets()) {
      out.println();
      if (finding.reports()) {
        Evidence e = finding.evidence().orElseThrow();
        out.println(String.format(Locale.ROOT, "+ %s · %s", style.bold(finding.outlet()),
            style.dim(String.format(Locale.ROOT, "¶%d  %s  score %.2f", e.paragraph(), e.paragraphId(), e.score()))));
        out.println("    " + oneLine(marked(e)));
      } else {
        String nearest = finding.evidence()
            .map(e -> String.format(Locale.ROOT, " (nearest: %s, score %.2f)", e.paragraphId(), e.score()))
            .orElse("");
        out.println("- " + style.bold(finding.outlet()) + " · not reported" + style.dim(nearest));
      }
    }
    if (result.variants().size() > 1) {
      out.println();
      out.println(style.bold("Wording variants") + ":");
      for (WordingVariant variant : result.variants()) {
        out.println("  " + String.join(", ", variant.outlets()) + ": " + oneLine(variant.text()));
      }
    }
    if (!result.discrepancies().isEmpty()) {
      out.println();
      out.println(style.bold("Discrepancies") + ":");
      for (Discrepancy d : result.discrepancies()) {
        out.println("  " + (d.kind() == Discrepancy.Kind.NUMBERS ? "numbers" : "quoted words") + ":");
        int width = d.versions().stream().mapToInt(v -> v.outlet().length()).max().orElse(0);
        for (Discrepancy.Version v : d.versions()) {
          out.println(String.format(Locale.ROOT, "    %-" + width + "s  %s", v.outlet(), oneLine(v.text())));
        }
      }
    }
    out.flush();
  }

  /** The evidence sentences with the shared words marked. */
  private String marked(Evidence e) {
    Span span = e.span();
    // Highlights may overlap (a number such as "5,000 troops" over its word "5,000"): marked as one.
    List<Span> inside = new ArrayList<>();
    for (Span h : e.highlights().stream().sorted().toList()) {
      if (h.start() < span.start() || h.end() > span.end()) {
        continue;
      }
      Span shifted = new Span(h.start() - span.start(), h.end() - span.start());
      if (!inside.isEmpty() && shifted.start() < inside.getLast().end()) {
        Span last = inside.removeLast();
        shifted = new Span(last.start(), Math.max(last.end(), shifted.end()));
      }
      inside.add(shifted);
    }
    StringBuilder out = new StringBuilder();
    String text = span.of(e.text());
    int at = 0;
    for (Span h : inside) {
      out.append(text, at, h.start()).append(style.matchOpen()).append(text, h.start(), h.end()).append(style.matchClose());
      at = h.end();
    }
    return out.append(text.substring(at)).toString().strip();
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " / ");
  }
}
