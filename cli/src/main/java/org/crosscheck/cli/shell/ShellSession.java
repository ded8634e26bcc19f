package org.crosscheck.cli.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.crosscheck.Crosscheck;
import org.crosscheck.cli.output.Json;
import org.crosscheck.cli.output.SearchJson;
import org.crosscheck.cli.output.SearchTextView;
import org.crosscheck.cli.output.Style;
import org.crosscheck.search.SearchOptions;
import org.crosscheck.search.SearchResults;

/**
 * What a shell session knows between lines (the outlet filter, the hit limit, JSON or text) and
 * where its answers go. Searching is the library's; this only turns the settings into {@link
 * SearchOptions} and the results into the command line's views. Used by one thread.
 */
public final class ShellSession {
  private final Crosscheck crosscheck;
  private final Style style;
  private final Pager pager;
  private final ShellActions actions;
  private Optional<String> outlet = Optional.empty();
  private int limit = SearchOptions.DEFAULT_LIMIT;
  private boolean json;
  private boolean quitting;

  ShellSession(Crosscheck crosscheck, Style style, Pager pager, ShellActions actions) {
    this.crosscheck = crosscheck;
    this.style = style;
    this.pager = pager;
    this.actions = actions;
  }

  public Crosscheck crosscheck() {
    return crosscheck;
  }

  public Style style() {
    return style;
  }

  public ShellActions actions() {
    return actions;
  }

  /** Searches with the session's settings and shows the results. */
  public void search(String query) {
    SearchOptions options = SearchOptions.defaults().withLimit(limit).withOutlets(outlet.map(Set::of).orElse(Set.of()));
    SearchResults results = crosscheck.search(query, options);
    if (json) {
      show(Json.write(SearchJson.of(results)) + "\n");
    } else {
      show(out -> new SearchTextView(style).print(results, out));
    }
  }

  /** Shows an answer, a screen at a time when it is longer than the screen. */
  public void show(String text) {
    pager.show(text);
  }

  /** Shows what {@code view} prints. */
  public void show(Consumer<PrintWriter> view) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      view.accept(out);
    }
    show(text.toString());
  }

  /** One line of news about the session itself. */
  public void say(String line) {
    show(line + "\n");
  }

  /** One line saying what was wrong with what the user typed; the session goes on. */
  public void error(String message) {
    show("error: " + message + "\n");
  }

  public Optional<String> outlet() {
    return outlet;
  }

  void outlet(Optional<String> outlet) {
    this.outlet = outlet;
  }

  public int limit() {
    return limit;
  }

  void limit(int limit) {
    this.limit = limit;
  }

  public boolean json() {
    return json;
  }

  void json(boolean json) {
    this.json = json;
  }

  void quit() {
    quitting = true;
  }

  boolean quitting() {
    return quitting;
  }
}
