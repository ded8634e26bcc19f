package org.crosscheck.cli.shell;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Splits a shell line into words for tab completion only; the line itself reaches the query parser
 * untouched. Words break at spaces outside double quotes ({@code outlet:"Military Times"} is one);
 * after a {@code :command}, the rest of the line is one word, since outlet names hold spaces. Nothing
 * is escaped or unquoted, so a completed value is inserted as written.
 */
final class ShellParser implements Parser {

  record Line(String line, int cursor, List<String> words, int wordIndex, int wordCursor) implements CompletingParsedLine {
    @Override
    public String word() {
      return wordIndex < words.size() ? words.get(wordIndex) : "";
    }

    /** Completed values go in as written: queries are quoted by the user, not escaped by the reader. */
    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return wordCursor;
    }

    @Override
    public int rawWordLength() {
      return word().length();
    }
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    List<String> words = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    if (line.startsWith(":")) {
      int space = line.indexOf(' ');
      if (space < 0) {
        words.add(line);
        starts.add(0);
      } else {
        words.add(line.substring(0, space));
        starts.add(0);
        int rest = space;
        while (rest < line.length() && line.charAt(rest) == ' ') {
          rest++;
        }
        words.add(line.substring(rest));
        starts.add(rest);
      }
    } else {
      int start = -1;
      boolean quoted = false;
      for (int i = 0; i <= line.length(); i++) {
        boolean end = i == line.length();
        char c = end ? ' ' : line.charAt(i);
        if (c == '"' && !end) {
          quoted = !quoted;
        }
        boolean space = Character.isWhitespace(c) && !quoted || end;
        if (!space && start < 0) {
          start = i;
        } else if (space && start >= 0) {
          words.add(line.substring(start, i));
          starts.add(start);
          start = -1;
        }
      }
    }
    // The word under the cursor; a cursor after a space starts a new, empty word.
    int index = words.size();
    int wordCursor = 0;
    for (int i = 0; i < words.size(); i++) {
      int start = starts.get(i);
      if (cursor >= start && cursor <= start + words.get(i).length()) {
        index = i;
        wordCursor = cursor - start;
        break;
      }
    }
    if (index == words.size()) {
      words.add("");
    }
    return new Line(line, cursor, List.copyOf(words), index, wordCursor);
  }
}
