package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.crosscheck.InvalidArticleException;

/**
 * The JSON Lines form of a corpus, for people who scrape news: one article per line, a JSON object
 * with {@code id} and {@code text} (required) and {@code title}, {@code outlet}, {@code date},
 * {@code url} (optional). A line that is not such an object is skipped with a message naming the
 * file and line; the other lines are read. Stateless and thread-safe.
 *
 * <pre>{@code
 * {"id": "bbc-2004-001", "title": "Ad sales boost Time Warner profit", "outlet": "BBC", "date": "2004-12-10",
 *  "url": "http://news.bbc.co.uk/...", "text": "Quarterly profits at US media giant TimeWarner jumped 76%..."}
 * }</pre>
 */
final class JsonLines {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLines() {}

  /**
   * What one line says.
   *
   * @param title the headline; empty when the line gives none (the text is then all paragraphs)
   */
  record Record(String id, String title, String outlet, String date, String url, String text) {}

  @FunctionalInterface
  interface LineHandler {
    /** @param number the line's number from 1; @param bytes the line without its line break */
    void line(int number, byte[] bytes);
  }

  /** Calls {@code handler} for each line that is not blank. */
  static void forEachLine(byte[] bytes, LineHandler handler) {
    int start = 0;
    int number = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3; // a byte order mark, which some Windows tools write
    }
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      number++;
      int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      if (!isBlank(bytes, start, contentEnd)) {
        byte[] line = new byte[contentEnd - start];
        System.arraycopy(bytes, start, line, 0, line.length);
        handler.line(number, line);
      }
      start = end + 1;
    }
  }

  /**
   * Parses one line.
   *
   * @param where the file and line, for the message ({@code feed.jsonl line 12})
   * @throws InvalidArticleException when the line is not valid UTF-8, not a JSON object, or lacks an id or a text
   */
  static Record parse(byte[] line, String where) {
    String json;
    try {
      json = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidArticleException(where, SkipReason.INVALID_ENCODING, "not valid UTF-8");
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw invalid(where, "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw invalid(where, "not a JSON object; each line must be {\"id\": ..., \"text\": ...}");
    }
    String id = text(node, "id", where);
    if (id == null || id.isBlank()) {
      throw invalid(where, "no \"id\"");
    }
    String text = text(node, "text", where);
    if (text == null) {
      throw invalid(where, "article '" + id.strip() + "' has no \"text\"");
    }
    String title = text(node, "title", where);
    return new Record(id.strip(), title == null ? "" : title, text(node, "outlet", where), text(node, "date", where),
        text(node, "url", where), text);
  }

  /** The id a line names, when it can be read at all, so a bad line does not cost what the index holds for it. */
  static Optional<String> idIn(byte[] line) {
    try {
      JsonNode node = MAPPER.readTree(new String(line, StandardCharsets.UTF_8));
      JsonNode id = node == null ? null : node.get("id");
      return id != null && id.isValueNode() && !id.asText().isBlank() ? Optional.of(id.asText().strip()) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static String text(JsonNode node, String name, String where) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() && !value.isNumber()) {
      throw invalid(where, "\"" + name + "\" must be a string, not " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return value.asText();
  }

  private static InvalidArticleException invalid(String where, String detail) {
    return new InvalidArticleException(where, SkipReason.INVALID_JSON, detail);
  }

  private static boolean isBlank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
        return false;
      }
    }
    return true;
  }
}
