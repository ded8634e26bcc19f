package org.crosscheck.cli.shell;

import java.util.List;
import org.crosscheck.CrosscheckException;
import org.crosscheck.search.QueryField;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: {@code :commands} at the start of a line, their arguments after them (outlet
 * names after {@code :outlet}), and in a query the field names ({@code title:}) and, after {@code
 * outlet:}, the outlets the index holds.
 */
final class ShellCompleter implements Completer {
  private final ShellSession session;

  ShellCompleter(ShellSession session) {
    this.session = session;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    try {
      candidates.addAll(candidates(line));
    } catch (CrosscheckException e) {
      // No index, no outlets to offer: completion offers nothing rather than an error mid-line.
    }
  }

  List<Candidate> candidates(ParsedLine line) {
    String first = line.words().isEmpty() ? "" : line.words().getFirst();
    if (first.startsWith(":")) {
      if (line.wordIndex() == 0) {
        return session.actions().all().stream()
            .map(a -> new Candidate(":" + a.name(), ":" + a.name(), null, a.summary(), null, null, true))
            .toList();
      }
      return session.actions().named(first.substring(1))
          .map(a -> a.completions(session).stream().map(v -> new Candidate(v, v, null, null, null, null, true)).toList())
          .orElse(List.of());
    }
    String word = line.word();
    String outletField = "outlet:";
    if (word.startsWith(outletField)) {
      return session.crosscheck().outlets().stream()
          .map(o -> outletField + (o.contains(" ") ? "\"" + o + "\"" : o))
          .map(v -> new Candidate(v, v, null, null, null, null, true))
          .toList();
    }
    String prefix = word.startsWith("+") || word.startsWith("-") ? word.substring(0, 1) : "";
    return QueryField.all().values().stream()
        .map(f -> new Candidate(prefix + f.name() + ":", f.name() + ":", null, f.description(), null, null, false))
        .toList();
  }
}
