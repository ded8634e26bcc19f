package org.crosscheck.bench;

import java.util.List;

/**
 * The fixed queries of the search benchmarks, three of each kind, chosen for the BBC news corpus
 * (business, entertainment, politics, sport, tech) and written in the syntax both crosscheck and
 * Lucene's classic query parser read, so the baseline runs the very same strings. Terms range from
 * rare to one in most paragraphs ("said"), because the slowest queries decide the p99.
 */
enum QueryMix {
  TERM(List.of("oil", "broadband", "said")),
  PHRASE(List.of("\"prime minister\"", "\"interest rates\"", "\"world cup\"")),
  BOOLEAN(List.of("blair AND election", "(google OR yahoo) AND search", "film NOT oscar")),
  FIELD(List.of("title:economy", "title:\"mobile deal\"", "title:chelsea AND goal"));

  final List<String> queries;

  QueryMix(List<String> queries) {
    this.queries = queries;
  }

  /** The queries of a {@code -p queries=} value: one kind by name, or {@code mix} for all twelve. */
  static List<String> named(String name) {
    if (name.equals("mix")) {
      return java.util.Arrays.stream(values()).flatMap(kind -> kind.queries.stream()).toList();
    }
    return valueOf(name.toUpperCase(java.util.Locale.ROOT)).queries;
  }
}
