package org.crosscheck.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.crosscheck.Span;
import org.crosscheck.ingest.SentenceSplitter;

/**
 * A {@link BreakIterator} over the sentences {@link SentenceSplitter} finds, so the highlighter's
 * passages are the same sentences ingestion stores, and never start in the middle of "Brig. Gen.
 * William Seely". Not thread-safe, like every BreakIterator; the highlighter makes one per use.
 */
final class SentenceBreakIterator extends BreakIterator {
  private final Function<String, List<Span>> known;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private CharacterIterator text = new StringCharacterIterator("");
  private int[] boundaries = {0};
  private int current;

  /** Finds the sentences of every text itself. */
  SentenceBreakIterator() {
    this(text -> null);
  }

  /**
   * @param known the sentences of a text when they are known already (ingestion stored them with
   *     the paragraph), or null to find them
   */
  SentenceBreakIterator(Function<String, List<Span>> known) {
    this.known = known;
  }

  @Override
  public void setText(String newText) {
    text = new StringCharacterIterator(newText);
    List<Span> sentences = known.apply(newText);
    if (sentences == null) {
      sentences = splitter.split(newText);
    }
    int[] bounds = new int[sentences.size() + 1];
    int n = 0;
    bounds[n++] = 0;
    for (int i = 1; i < sentences.size(); i++) {
      bounds[n++] = sentences.get(i).start();
    }
    if (newText.length() > 0) {
      bounds[n++] = newText.length();
    }
    boundaries = Arrays.copyOf(bounds, n);
    current = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      copy.append(c);
    }
    setText(copy.toString());
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    current = 0;
    return boundaries[0];
  }

  @Override
  public int last() {
    current = boundaries.length - 1;
    return boundaries[current];
  }

  @Override
  public int next(int n) {
    int target = current + n;
    if (target < 0 || target >= boundaries.length) {
      current = target < 0 ? 0 : boundaries.length - 1;
      return DONE;
    }
    current = target;
    return boundaries[current];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    int i = Arrays.binarySearch(boundaries, offset);
    i = i >= 0 ? i + 1 : -i - 1;
    if (i >= boundaries.length) {
      current = boundaries.length - 1;
      return DONE;
    }
    current = i;
    return boundaries[current];
  }

  @Override
  public int preceding(int offset) {
    int i = Arrays.binarySearch(boundaries, offset);
    i = i >= 0 ? i - 1 : -i - 2;
    if (i < 0) {
      current = 0;
      return DONE;
    }
    current = i;
    return boundaries[current];
  }

  @Override
  public boolean isBoundary(int offset) {
    return Arrays.binarySearch(boundaries, offset) >= 0;
  }

  @Override
  public int current() {
    return boundaries[current];
  }

  @Override
  public Object clone() {
    SentenceBreakIterator copy = new SentenceBreakIterator(known);
    copy.text = (CharacterIterator) text.clone();
    copy.boundaries = boundaries;
    copy.current = current;
    return copy;
  }
}
