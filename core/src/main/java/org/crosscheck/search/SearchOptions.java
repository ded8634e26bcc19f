package org.crosscheck.search;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.internal.Check;

/**
 * How a search runs: how many hits, from where, limited to which outlets or articles, and whether
 * boilerplate takes part. Immutable; each {@code with…} method returns a changed copy.
 *
 * <pre>{@code
 * SearchOptions options = SearchOptions.defaults().withLimit(5).withOutlets("Military Times");
 * }</pre>
 *
 * @param limit how many hits to return, 1 to {@value #MAX_LIMIT}
 * @param offset how many of the best hits to pass over first (paging), 0 or more
 * @param outlets only paragraphs of these outlets (compared without case); empty for all
 * @param articles only paragraphs of these article ids; empty for all
 * @param includeBoilerplate whether boilerplate paragraphs can be hits
 * @param passages how many highlighted passages each hit carries, 1 to {@value #MAX_PASSAGES}
 * @param people only paragraphs naming each of these people, by any spelling (as {@code person:} in a query); empty for all
 * @param organizations only paragraphs naming each of these organisations; empty for all
 * @param places only paragraphs naming each of these places; empty for all
 * @param timeout how long the search itself may run (parsing and highlighting aside) before it
 *     stops and answers with what it found, flagged {@link SearchResults#partial()}; positive, at
 *     most {@link #MAX_TIMEOUT}
 * @param exactCount whether every match is counted, however many. Without it, as in Lucene's
 *     ranking, matches are counted exactly up to {@value #EXACT_COUNT} and past that the count is
 *     a lower bound ({@link SearchResults#totalHitsExact()} false): counting them all means a
 *     second pass over every match, which on a million paragraphs took a phrase search several
 *     times as long as finding its best hits (docs/BENCHMARKS.md, round 7)
 */
public record SearchOptions(
    int limit, int offset, Set<String> outlets, Set<String> articles, boolean includeBoilerplate, int passages,
    Set<String> people, Set<String> organizations, Set<String> places, Duration timeout, boolean exactCount) {
  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 10_000;
  public static final int DEFAULT_PASSAGES = 2;
  public static final int MAX_PASSAGES = 50;
  /** Paging deeper than this is refused: nobody reads that far, and it costs memory. */
  public static final int MAX_OFFSET = 1_000_000;
  /** A wildcard, fuzzy or regular-expression query over a big index answers in about this time at most. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);
  public static final Duration MAX_TIMEOUT = Duration.ofHours(1);
  /** Matches are counted exactly up to this many unless {@link #exactCount()} asks for all: Lucene's default. */
  public static final int EXACT_COUNT = 1_000;

  private static final SearchOptions DEFAULTS =
      new SearchOptions(DEFAULT_LIMIT, 0, Set.of(), Set.of(), false, DEFAULT_PASSAGES, Set.of(), Set.of(), Set.of(), DEFAULT_TIMEOUT, false);

  public SearchOptions {
    Check.between(limit, 1, MAX_LIMIT, "limit");
    Check.between(offset, 0, MAX_OFFSET, "offset");
    Check.between(passages, 1, MAX_PASSAGES, "passages");
    outlets = sortedCopy(Check.notNull(outlets, "outlets"), "outlets");
    articles = sortedCopy(Check.notNull(articles, "articles"), "articles");
    people = sortedCopy(Check.notNull(people, "people"), "people");
    organizations = sortedCopy(Check.notNull(organizations, "organizations"), "organizations");
    places = sortedCopy(Check.notNull(places, "places"), "places");
    Check.notNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException("the parameter 'timeout' must be positive and at most " + MAX_TIMEOUT + ", got " + timeout);
    }
  }

  /** Options with the default timeout and count. */
  public SearchOptions(int limit, int offset, Set<String> outlets, Set<String> articles, boolean includeBoilerplate, int passages,
      Set<String> people, Set<String> organizations, Set<String> places) {
    this(limit, offset, outlets, articles, includeBoilerplate, passages, people, organizations, places, DEFAULT_TIMEOUT, false);
  }

  /** Options without entity filters, as before entities were indexed. */
  public SearchOptions(int limit, int offset, Set<String> outlets, Set<String> articles, boolean includeBoilerplate, int passages) {
    this(limit, offset, outlets, articles, includeBoilerplate, passages, Set.of(), Set.of(), Set.of());
  }

  public static SearchOptions defaults() {
    return DEFAULTS;
  }

  public SearchOptions withLimit(int limit) {
    return new SearchOptions(limit, offset, outlets, articles, includeBoilerplate, passages, people, organizations, places, timeout, exactCount);
  }

  public SearchOptions withOffset(int offset) {
    return new SearchOptions(limit, offset, outlets, articles, includeBoilerplate, passages, people, organizations, places, timeout, exactCount);
  }

  public SearchOptions withOutlets(String... outlets) {
    return withOutlets(Set.of(outlets));
  }

  public SearchOptions withOutlets(Set<String> outlets) {
    return new SearchOptions(limit, offset, outlets, articles, includeBoilerplate, passages, people, organizations, places, timeout, exactCount);
  }

  public SearchOptions withArticles(String... articles) {
    return new SearchOptions(limit, offset, outlets, Set.copyOf(Arrays.asList(articles)), includeBoilerplate, passages, people, organizations, places, timeout, exactCount);
  }

  public SearchOptions withBoilerplate(boolean includeBoilerplate) {
    return new SearchOptions(limit, offset, outlets, articles, includeBoilerplate, passages, people, organizations, places, timeout, exactCount);
  }

  public SearchOptions withPassages(int passages) {
    return new SearchOptions(limit, offset, outlets, articles, includeBoilerplate, passages, people, organizations, places, timeout, exactCount);
  }

  /** Only paragraphs naming every one of these people (any spelling: "Esper", "Mark Esper"). */
  public SearchOptions withPeople(Set<String> people) {
    return new SearchOptions(limit, offset, outlets, articles, includeBoilerplate, passages, people, organizations, places, timeout, exactCount);
  }

  /** Only paragraphs naming every one of these organisations ("ISIS" finds the Islamic State). */
  public SearchOptions withOrganizations(Set<String> organizations) {
    return new SearchOptions(limit, offset, outlets, articles, includeBoilerplate, passages, people, organizations, places, timeout, exactCount);
  }

  /** Only paragraphs naming every one of these places ("US" finds the United States). */
  public SearchOptions withPlaces(Set<String> places) {
    return new SearchOptions(limit, offset, outlets, articles, includeBoilerplate, passages, people, organizations, places, timeout, exactCount);
  }

  public SearchOptions withTimeout(Duration timeout) {
    return new SearchOptions(limit, offset, outlets, articles, includeBoilerplate, passages, people, organizations, places, timeout, exactCount);
  }

  /** Whether every match is counted, however many, at the cost of a second pass over them; see {@link #exactCount()}. */
  public SearchOptions withExactCount(boolean exactCount) {
    return new SearchOptions(limit, offset, outlets, articles, includeBoilerplate, passages, people, organizations, places, timeout, exactCount);
  }

  private static Set<String> sortedCopy(Set<String> values, String parameter) {
    TreeSet<String> copy = new TreeSet<>();
    for (String value : values) {
      copy.add(Check.notBlank(value, parameter).strip());
    }
    return java.util.Collections.unmodifiableSortedSet(copy);
  }
}
