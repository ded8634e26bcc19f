package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.crosscheck.InvalidArticleException;

/** Decodes an article file's bytes as UTF-8, refusing what is not text with a reason and a byte offset. */
public final class TextDecoder {
  private TextDecoder() {}

  /**
   * @param bytes the file's contents
   * @param source the file's name, for the message
   * @throws InvalidArticleException for an empty, blank or binary file, or bytes that are not UTF-8
   */
  public static String decode(byte[] bytes, String source) {
    if (bytes.length == 0) {
      throw new InvalidArticleException(source, SkipReason.EMPTY, "the file is empty");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InvalidArticleException(source, SkipReason.BINARY, "binary file (a NUL byte at offset " + i + "), not a text article");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InvalidArticleException(source, SkipReason.INVALID_ENCODING,
          "not valid UTF-8 (bad byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF) + " at offset " + in.position() + ")");
    }
    try {
      result = decoder.flush(out);
      if (result.isError()) {
        result.throwException();
      }
    } catch (CharacterCodingException e) {
      throw new InvalidArticleException(source, SkipReason.INVALID_ENCODING, "not valid UTF-8 (truncated at the end of the file)");
    }
    out.flip();
    String text = out.toString();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.chars().allMatch(c -> Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF')) {
      throw new InvalidArticleException(source, SkipReason.BLANK, "the file holds nothing but white space");
    }
    return text;
  }
}
