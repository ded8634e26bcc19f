package org.crosscheck.ingest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.Span;

/**
 * Finds sentence boundaries in a paragraph. The JDK's sentence {@link BreakIterator} does the work;
 * this class undoes the breaks it makes after the abbreviations news copy is full of ("Brig. Gen.
 * William Seely", "Sgt. Kyle C. Talbot", "the U.S. Marine"), which would otherwise cut a sentence
 * in the middle of a name. Thread-safe: every call makes its own iterator.
 */
public final class SentenceSplitter {

  /** Abbreviations that stand before a name or a number and so never end a sentence. */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "brig", "lt", "col", "maj", "sgt", "capt", "cpl", "pvt",
      "spc", "adm", "cmdr", "cdr", "rep", "reps", "sen", "sens", "gov", "pres", "rev", "hon", "st",
      "mt", "ft", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "ret", "sr", "jr", "insp", "supt", "det", "amb", "gens");

  /** Abbreviations that stand before a number only ("No. 5"); before anything else they end a sentence ("He said no."). */
  private static final Set<String> BEFORE_NUMBERS = Set.of("no", "nos", "vol", "pp", "art", "fig");

  /** Words that open a sentence, so an acronym such as "U.S." before them does end one. */
  private static final Set<String> SENTENCE_OPENERS = Set.of(
      "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "but", "and", "in", "on", "at",
      "this", "that", "these", "those", "there", "his", "her", "their", "its", "our", "after", "as",
      "if", "when", "while", "since", "for", "so", "yet", "meanwhile", "however", "still", "then");

  /** The length of the longest of {@link #TITLES} and {@link #BEFORE_NUMBERS}. */
  private static final int LONGEST_ABBREVIATION =
      Stream.concat(TITLES.stream(), BEFORE_NUMBERS.stream()).mapToInt(String::length).max().orElseThrow();

  /** How many characters on each side of a candidate break are looked at. */
  private static final int SEAM = 200;

  public List<Span> split(String text) {
    List<Span> raw = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    breaks.setText(text);
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      raw.add(new Span(start, end));
    }
    List<Span> merged = new ArrayList<>();
    for (Span piece : raw) {
      if (!merged.isEmpty() && continuesSentence(text, merged.getLast(), piece)) {
        merged.set(merged.size() - 1, new Span(merged.getLast().start(), piece.end()));
      } else {
        merged.add(piece);
      }
    }
    List<Span> trimmed = new ArrayList<>(merged.size());
    for (Span span : merged) {
      Span t = trim(text, span);
      if (t.length() > 0) {
        trimmed.add(t);
      }
    }
    return trimmed;
  }

  private static boolean continuesSentence(String text, Span previous, Span next) {
    // Only the words at the seam matter; looking at a bounded tail and head keeps a huge paragraph linear.
    String before = text.substring(Math.max(previous.start(), previous.end() - SEAM), previous.end()).stripTrailing();
    String after = text.substring(next.start(), Math.min(next.end(), next.start() + SEAM)).stripLeading();
    if (after.isEmpty() || before.isEmpty()) {
      return true;
    }
    if (Character.isLowerCase(after.codePointAt(0))) {
      return true;
    }
    if (before.endsWith(".)")) {
      before = before.substring(0, before.length() - 1); // "Col. (ret.) Richard Kemp": an abbreviation in brackets
    }
    if (!before.endsWith(".")) {
      return false;
    }
    String lastWord = lastWord(before);
    String bare = lastWord.substring(0, lastWord.length() - 1);
    if (bare.length() == 1 && Character.isUpperCase(bare.charAt(0))) {
      return true; // an initial: "Kyle C. Talbot"
    }
    // Most sentences end in a word longer than any abbreviation. In ASCII, lower-casing keeps the
    // length, so such a word is no abbreviation, and is not lower-cased to tell.
    if (bare.length() <= LONGEST_ABBREVIATION || !isAscii(bare)) {
      String lower = bare.toLowerCase(Locale.ROOT);
      if (TITLES.contains(lower)) {
        return true;
      }
      if (BEFORE_NUMBERS.contains(lower)) {
        return Character.isDigit(after.codePointAt(0));
      }
    }
    if (bare.length() >= 3 && bare.indexOf('.') > 0) { // an acronym: "U.S.", "U.N."
      return !SENTENCE_OPENERS.contains(firstWord(after).toLowerCase(Locale.ROOT));
    }
    return false;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String lastWord(String s) {
    int i = s.length();
    while (i > 0 && !Character.isWhitespace(s.charAt(i - 1)) && s.charAt(i - 1) != '(') {
      i--;
    }
    return s.substring(i);
  }

  private static String firstWord(String s) {
    int i = 0;
    while (i < s.length() && Character.isLetter(s.charAt(i))) {
      i++;
    }
    return s.substring(0, i);
  }

  private static Span trim(String text, Span span) {
    int start = span.start();
    int end = span.end();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
