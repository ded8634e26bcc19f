package org.crosscheck.ingest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.CorpusException;

/**
 * The optional {@value #FILE_NAME} at the root of a corpus folder: one row per article giving its
 * outlet and title, which the text alone often cannot tell. Columns, with a header row: {@code id}
 * (or {@code file}, the file name), {@code outlet}, {@code title}, and optionally {@code date} and
 * {@code url}. An empty title says the file has no title line.
 */
public final class Manifest {
  public static final String FILE_NAME = "manifest.csv";

  private static final Manifest EMPTY = new Manifest(Map.of());

  private final Map<String, ManifestEntry> entries;

  private Manifest(Map<String, ManifestEntry> entries) {
    this.entries = entries;
  }

  public static Manifest empty() {
    return EMPTY;
  }

  /** Reads the manifest of a corpus folder, or returns an empty one when the folder has none. */
  public static Manifest of(Path corpusDir) {
    Path file = corpusDir.resolve(FILE_NAME);
    return Files.isRegularFile(file) ? read(file) : EMPTY;
  }

  /** Reads a manifest file; a malformed one is a {@link CorpusException} naming the file and row. */
  public static Manifest read(Path file) {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    Map<String, ManifestEntry> entries = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(reader)) {
      List<String> columns = null;
      int row = 1;
      while (rows.hasNextValue()) {
        Map<String, String> values = rows.nextValue();
        row++;
        if (columns == null) {
          columns = List.copyOf(values.keySet());
          if (!columns.contains("id") && !columns.contains("file")) {
            throw new CorpusException(file, "the header needs an 'id' or a 'file' column, found " + columns);
          }
        }
        String id = articleIdOf(values);
        if (id == null || id.isBlank()) {
          throw new CorpusException(file, "row " + row + " has no id or file");
        }
        if (entries.containsKey(id)) {
          throw new CorpusException(file, "row " + row + " repeats article '" + id + "'");
        }
        entries.put(id, new ManifestEntry(id, blankToNull(values.get("outlet")),
            values.containsKey("title") ? values.get("title") : null,
            blankToNull(values.get("date")), blankToNull(values.get("url"))));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof CorpusException ce) {
        throw ce;
      }
      throw new CorpusException(file, "cannot read the manifest: " + firstLine(e.getMessage()));
    }
    return new Manifest(Map.copyOf(entries));
  }

  public Optional<ManifestEntry> entry(String articleId) {
    return Optional.ofNullable(entries.get(articleId));
  }

  public int size() {
    return entries.size();
  }

  private static String articleIdOf(Map<String, String> values) {
    String id = values.get("id");
    if (id != null && !id.isBlank()) {
      return id.strip();
    }
    String file = values.get("file");
    if (file == null) {
      return null;
    }
    String name = file.strip().replace('\\', '/');
    return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed CSV";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
