package org.crosscheck.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

  static String shorten(String line) {
    return line.length() > 60 ? line.substring(0, 57) + "..." : line;
  }
}
