package org.crosscheck.cli.shell;

import java.util.List;
import org.crosscheck.cli.output.FactsJson;
import org.crosscheck.cli.output.FactsTextView;
import org.crosscheck.cli.output.Json;
import org.crosscheck.facts.CorpusFact;
import org.crosscheck.facts.FactsReport;

/**
 * {@code :facts}: the facts several outlets report, the most widely reported first, at most the
 * session's limit. The report always compares every outlet; with {@code :outlet X} it lists only
 * the facts X takes part in.
 */
final class FactsAction implements ShellAction {
  /** A fact is something at least two outlets report; one outlet alone is a claim. */
  static final int MIN_OUTLETS = 2;

  @Override
  public String name() {
    return "facts";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "facts several outlets report, up to the limit (with :outlet, those it takes part in); slow on big corpora";
  }

  @Override
  public void run(String argument, ShellSession session) {
    if (!argument.isEmpty()) {
      session.error(":facts takes no argument; :limit sets how many, :outlet which outlet's");
      return;
    }
    FactsReport report = session.crosscheck().facts();
    List<CorpusFact> matching = report.factsWithAtLeast(MIN_OUTLETS).stream()
        .filter(fact -> session.outlet().map(fact.outlets()::contains).orElse(true))
        .toList();
    List<CorpusFact> shown = matching.subList(0, Math.min(session.limit(), matching.size()));
    if (session.json()) {
      session.show(Json.write(FactsJson.of(report.outletCount(), false, MIN_OUTLETS, shown)) + "\n");
      return;
    }
    session.show(out -> {
      session.outlet().ifPresent(outlet -> out.println("Facts that " + outlet + " reports with other outlets; :outlet alone shows all."));
      new FactsTextView(session.style()).print(report.outletCount(), false, MIN_OUTLETS, shown, out);
      if (shown.size() < matching.size()) {
        out.println();
        out.println("Showing the first " + shown.size() + " of " + matching.size() + "; :limit N shows more.");
      }
    });
  }
}
