package org.crosscheck.cli.output;

import java.util.List;
import org.crosscheck.Span;
import org.crosscheck.facts.Discrepancy;
import org.crosscheck.facts.Evidence;
import org.crosscheck.facts.OutletFinding;
import org.crosscheck.facts.SameFactResult;
import org.crosscheck.facts.Signals;
import org.crosscheck.facts.WordingVariant;

/**
 * The JSON form of a same-fact answer. Scripts rely on these names; add fields, never rename them.
 * Offsets count UTF-16 code units into the entry's {@code text}, as JavaScript and Java strings index.
 * An outlet that does not report the fact has {@code reports: false}, null {@code article},
 * {@code paragraph} and {@code text}, no evidence, and under {@code nearest} the closest paragraph found.
 */
public record SameFactJson(
    String statement, String queryParagraph, int outletCount, int reportingCount, String verdict, double threshold,
    List<Outlet> outlets, List<Variant> variants, List<DiscrepancyJson> discrepancies) {

  public record Outlet(
      String outlet, boolean reports, String article, Integer paragraph, String id, String title, String text,
      List<Highlight> evidence, double score, List<Highlight> highlights, SignalsJson signals, Nearest nearest) {}

  public record Highlight(int start, int end, String text) {}

  /** The signals behind a score; a signal the statement cannot offer is null. */
  public record SignalsJson(double lexical, double wording, Double numbers, Double quotes, Double entities) {}

  public record Nearest(String id, double score) {}

  public record Variant(String text, List<String> outlets) {}

  public record DiscrepancyJson(String kind, List<Version> versions) {}

  public record Version(String outlet, String paragraph, String text) {}

  public static SameFactJson of(SameFactResult result) {
    return new SameFactJson(result.statement(), result.queryParagraph().orElse(null), result.outletCount(),
        result.reportingCount(), result.verdict(), result.threshold(),
        result.outlets().stream().map(SameFactJson::outlet).toList(),
        result.variants().stream().map(SameFactJson::variant).toList(),
        result.discrepancies().stream().map(SameFactJson::discrepancy).toList());
  }

  private static Outlet outlet(OutletFinding finding) {
    if (!finding.reports()) {
      return new Outlet(finding.outlet(), false, null, null, null, null, null, List.of(), finding.score(), List.of(), null,
          finding.evidence().map(e -> new Nearest(e.paragraphId(), e.score())).orElse(null));
    }
    Evidence e = finding.evidence().orElseThrow();
    return new Outlet(finding.outlet(), true, e.article(), e.paragraph(), e.paragraphId(), e.title(), e.text(),
        spans(e.sentences(), e.text()), e.score(), spans(e.highlights(), e.text()), signals(e.signals()), null);
  }

  private static SignalsJson signals(Signals s) {
    return new SignalsJson(s.lexical(), s.wording(), s.numbers() < 0 ? null : s.numbers(), s.quotes() < 0 ? null : s.quotes(),
        s.entities() < 0 ? null : s.entities());
  }

  private static Variant variant(WordingVariant variant) {
    return new Variant(variant.text(), variant.outlets());
  }

  private static DiscrepancyJson discrepancy(Discrepancy d) {
    return new DiscrepancyJson(d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        d.versions().stream().map(v -> new Version(v.outlet(), v.paragraphId().isEmpty() ? null : v.paragraphId(), v.text())).toList());
  }

  private static List<Highlight> spans(List<Span> spans, String text) {
    return spans.stream().map(s -> new Highlight(s.start(), s.end(), s.of(text))).toList();
  }
}
