package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crosscheck.InvalidArticleException;
import org.crosscheck.Span;

/**
 * Turns the text of one article (a title line, then paragraphs separated by blank lines) into an
 * {@link Article}: finds the title, splits paragraphs keeping their offsets in the file, mends a
 * paragraph that a stray blank line broke mid-sentence, sets boilerplate aside and finds sentence
 * boundaries. Stateless and thread-safe.
 *
 * <pre>{@code
 * Article article = new ArticleParser().parse("004_cb1a41b3aa05e9b8", "004_cb1a41b3aa05e9b8.txt", text, entry);
 * }</pre>
 */
public final class ArticleParser {
  /** How far into an article a manifest's title is looked for (003 opens with a photo caption). */
  private static final int TITLE_SEARCH_DEPTH = 3;

  private final BoilerplateDetector boilerplate = new BoilerplateDetector();
  private final SentenceSplitter sentences = new SentenceSplitter();

  /** Parses an article with no manifest entry: the first line is its title, its outlet unknown. */
  public Article parse(String id, String source, String text) {
    return parse(id, source, text, Optional.empty());
  }

  /**
   * Parses an article.
   *
   * @param id the article id
   * @param source the file's path relative to the corpus, for the article record and messages
   * @param text the decoded file contents
   * @param entry what the manifest says of it, if anything
   * @throws InvalidArticleException when the text holds no paragraph
   */
  public Article parse(String id, String source, String text, Optional<ManifestEntry> entry) {
    List<Span> blocks = blocks(text);
    if (blocks.isEmpty()) {
      throw new InvalidArticleException(source, SkipReason.BLANK, "the file holds nothing but white space");
    }
    String outlet = entry.flatMap(ManifestEntry::outletIfKnown).orElse(Article.UNKNOWN_OUTLET);
    String manifestTitle = entry.map(ManifestEntry::title).orElse(null);

    String title;
    if (manifestTitle == null) {
      Span first = blocks.getFirst();
      int lineEnd = endOfFirstLine(text, first);
      title = normalizeSpace(text.substring(first.start(), lineEnd));
      blocks.removeFirst();
      Span rest = trim(text, new Span(lineEnd, first.end()));
      if (rest.length() > 0) {
        blocks.addFirst(rest);
      }
    } else {
      title = normalizeSpace(manifestTitle);
      int at = indexOfTitle(text, blocks, title);
      if (at >= 0) {
        blocks.remove(at);
      }
    }
    List<Piece> pieces = repairBrokenParagraphs(text, blocks);
    if (pieces.isEmpty()) {
      throw new InvalidArticleException(source, SkipReason.NO_PARAGRAPHS, "the file has a title line but no paragraphs");
    }
    List<Paragraph> paragraphs = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      Piece piece = pieces.get(i);
      Boilerplate kind = boilerplate.classify(piece.text(), i, pieces.size());
      paragraphs.add(new Paragraph(id, i + 1, piece.text(), kind, piece.source(), sentences.split(piece.text())));
    }
    return new Article(id, outlet, title, source, paragraphs,
        entry.map(ManifestEntry::date).orElse(""), entry.map(ManifestEntry::url).orElse(""));
  }

  /** A paragraph's text with where it stands in the file. */
  private record Piece(String text, Span source) {}

  /** Runs of non-blank lines, trimmed, as spans of the text. */
  static List<Span> blocks(String text) {
    List<Span> blocks = new ArrayList<>();
    int blockStart = -1;
    int lineStart = 0;
    int length = text.length();
    while (lineStart <= length) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = length;
      }
      boolean blank = isBlank(text, lineStart, lineEnd);
      if (!blank && blockStart < 0) {
        blockStart = lineStart;
      } else if (blank && blockStart >= 0) {
        blocks.add(trim(text, new Span(blockStart, lineStart)));
        blockStart = -1;
      }
      lineStart = lineEnd + 1;
    }
    if (blockStart >= 0) {
      blocks.add(trim(text, new Span(blockStart, length)));
    }
    return blocks;
  }

  /**
   * Joins a paragraph that ends without closing punctuation to the next one when that one opens in
   * lower case: a blank line that fell in the middle of a sentence, as in "Washington “is no longer
   * perceived" / "in the Middle East as an ‘honest’ broker".
   */
  private static List<Piece> repairBrokenParagraphs(String text, List<Span> blocks) {
    List<Piece> pieces = new ArrayList<>(blocks.size());
    for (Span block : blocks) {
      String blockText = block.of(text);
      if (!pieces.isEmpty()) {
        Piece previous = pieces.getLast();
        if (endsMidSentence(previous.text()) && Character.isLowerCase(blockText.codePointAt(0))) {
          pieces.set(pieces.size() - 1, new Piece(previous.text() + " " + blockText, new Span(previous.source().start(), block.end())));
          continue;
        }
      }
      pieces.add(new Piece(blockText, block));
    }
    return pieces;
  }

  private static boolean endsMidSentence(String text) {
    int last = text.codePointBefore(text.length());
    return Character.isLetterOrDigit(last) || last == ',';
  }

  private static int indexOfTitle(String text, List<Span> blocks, String title) {
    String wanted = comparable(title);
    for (int i = 0; i < Math.min(TITLE_SEARCH_DEPTH, blocks.size()); i++) {
      if (comparable(blocks.get(i).of(text)).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  private static String comparable(String s) {
    return normalizeSpace(s).replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').toLowerCase(Locale.ROOT);
  }

  private static int endOfFirstLine(String text, Span block) {
    int newline = text.indexOf('\n', block.start());
    return newline < 0 || newline > block.end() ? block.end() : newline;
  }

  /** Compiled once: {@code String.replaceAll} would compile it for every article. */
  private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\u00A0]+");

  static String normalizeSpace(String s) {
    return SPACE_RUN.matcher(s).replaceAll(" ").strip();
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF';
  }

  private static Span trim(String text, Span span) {
    int start = span.start();
    int end = span.end();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
