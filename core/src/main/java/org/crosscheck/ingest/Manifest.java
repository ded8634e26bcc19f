package org.crosscheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The optional {@value #FILE_NAME} (or {@value #JSON_FILE_NAME}) at the root of a corpus folder: one
 * row per article giving its outlet and title, which the text alone often cannot tell. Columns, with a
 * header row: {@code id} (or {@code file}, the file name), {@code outlet}, {@code title}, and
 * optionally {@code date} and {@code url}. An empty title says the file has no title line. The JSON
 * form is an array of objects with the same names: {@code [{"file": "a.txt", "outlet": "BBC", ...}]}.
 */
public final class Manifest {
  public static final String FILE_NAME = "manifest.csv";
  public static final String JSON_FILE_NAME = "manifest.json";

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
    Path csv = corpusDir.resolve(FILE_NAME);
    Path json = corpusDir.resolve(JSON_FILE_NAME);
    boolean hasCsv = Files.isRegularFile(csv);
    boolean hasJson = Files.isRegularFile(json);
    if (hasCsv && hasJson) {
      throw new CorpusException(corpusDir, "has both " + FILE_NAME + " and " + JSON_FILE_NAME + "; keep one manifest");
    }
    return hasCsv ? read(csv) : hasJson ? readJson(json) : EMPTY;
  }

  /** Reads a JSON manifest: an array of objects; a malformed one is a {@link CorpusException} naming the file and entry. */
  public static Manifest readJson(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      throw new CorpusException(file, "cannot read the manifest: " + firstLine(e.getMessage()));
    }
    if (root == null || !root.isArray()) {
      throw new CorpusException(file, "the manifest must be a JSON array of objects with 'file' (or 'id'), 'outlet', 'title', 'date', 'url'");
    }
    Map<String, ManifestEntry> entries = new LinkedHashMap<>();
    int number = 0;
    for (JsonNode node : root) {
      number++;
      if (!node.isObject()) {
        throw new CorpusException(file, "entry " + number + " is not a JSON object");
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (var field : node.properties()) {
        if (!field.getValue().isNull()) {
          if (!field.getValue().isValueNode()) {
            throw new CorpusException(file, "entry " + number + ": '" + field.getKey() + "' must be a string");
          }
          values.put(field.getKey(), field.getValue().asText());
        }
      }
      add(entries, values, file, "entry " + number);
    }
    return new Manifest(Map.copyOf(entries));
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
        add(entries, values, file, "row " + row);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof CorpusException ce) {
        throw ce;
      }
      throw new CorpusException(file, "cannot read the manifest: " + firstLine(e.getMessage()));
    }
    return new Manifest(Map.copyOf(entries));
  }

  private static void add(Map<String, ManifestEntry> entries, Map<String, String> values, Path file, String where) {
    String id = articleIdOf(values);
    if (id == null || id.isBlank()) {
      throw new CorpusException(file, where + " has no id or file");
    }
    if (entries.containsKey(id)) {
      throw new CorpusException(file, where + " repeats article '" + id + "'");
    }
    entries.put(id, new ManifestEntry(id, blankToNull(values.get("outlet")),
        values.containsKey("title") ? values.get("title") : null,
        blankToNull(values.get("date")), blankToNull(values.get("url"))));
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
