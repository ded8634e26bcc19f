package org.crosscheck.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.BenchmarkInputException;

/** Reading the small text files of a benchmark, with errors that name the file. */
final class TrecFiles {
  private TrecFiles() {}

  /** The file's lines; a missing or undecodable file is bad input, other failures are the machine's. */
  static List<String> lines(Path file, String what) {
    if (Files.isDirectory(file)) {
      throw new BenchmarkInputException(file, 0, "is a folder, expected a " + what + " file");
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BenchmarkInputException(file, 0, "no such " + what + " file");
    } catch (CharacterCodingException e) {
      throw new BenchmarkInputException(file, 0, "is not UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A non-blank line of a whitespace-separated file, with its number from 1. */
  record Row(int number, String[] columns) {}

  /**
   * The non-blank lines split on white space, each checked to have {@code layout}'s column count.
   *
   * @param layout the columns' names, as the error message shows them: {@code "topic 0 docid grade"}
   */
  static List<Row> rows(Path file, String what, String layout) {
    int expected = layout.split(" ").length;
    List<String> lines = lines(file, what);
    List<Row> rows = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] columns = line.split("\\s+");
      if (columns.length != expected) {
        throw new BenchmarkInputException(file, i + 1,
            "expected '" + layout + "' (" + expected + " columns), got " + columns.length + ": '" + shorten(line) + "'");
      }
      rows.add(new Row(i + 1, columns));
    }
    return rows;
  }

  static String shorten(String line) {
    return line.length() > 60 ? line.substring(0, 57) + "..." : line;
  }
}
