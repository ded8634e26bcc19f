package org.crosscheck.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.crosscheck.facts.CorpusFact;

/** The facts report for a person at a terminal: one block per fact, the most widely reported first. */
public final class FactsTextView {
  private final Style style;

  public FactsTextView(Style style) {
    this.style = style;
  }

  public void print(int outletCount, boolean unique, int minOutlets, List<CorpusFact> facts, PrintWriter out) {
    if (unique) {
      out.println(facts.size() + (facts.size() == 1 ? " claim" : " claims") + " made by one outlet only (of " + outletCount + ").");
    } else {
      out.println(facts.size() + (facts.size() == 1 ? " fact" : " facts") + " reported by at least " + minOutlets + " of "
          + outletCount + " outlets.");
    }
    int rank = 1;
    for (CorpusFact fact : facts) {
      out.println();
      String count = unique ? fact.outlets().getFirst() : fact.outletCount() + " of " + outletCount + ": " + String.join(", ", fact.outlets());
      out.println(String.format(Locale.ROOT, "%2d. %s", rank++, style.bold(count)));
      out.println("    " + oneLine(fact.representative().sentence()) + "  " + style.dim(fact.representative().paragraphId()));
      for (CorpusFact.Mention m : fact.mentions().subList(1, fact.mentions().size())) {
        out.println("    " + style.dim(String.format(Locale.ROOT, "%s %s %.2f", m.outlet(), m.paragraphId(), m.score())) + "  " + oneLine(m.sentence()));
      }
    }
    out.flush();
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " / ");
  }
}
