package org.crosscheck;

/**
 * A half-open range of character offsets, {@code [start, end)}, into some text: a sentence in a
 * paragraph, a highlighted match, a paragraph in its source file. Offsets count Java {@code char}s
 * (UTF-16 code units), as {@link String#substring(int, int)} does.
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("a span needs 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** The covered part of {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  @Override
  public int compareTo(Span other) {
    return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
  }
}
