package org.crosscheck.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.crosscheck.InvalidArticleException;

/**
 * Decodes an article file's bytes: UTF-8 when they are UTF-8; otherwise windows-1252 when they read
 * cleanly that way; otherwise UTF-8 with each invalid sequence replaced by U+FFFD. The last two come
 * with a {@link FileWarning} naming the first bad byte and its offset. Empty, blank and binary files
 * are refused. Stateless and thread-safe; memory stays near the size of the bytes plus the text.
 *
 * <p>"Reads cleanly as windows-1252" means all three of:
 *
 * <ul>
 *   <li>no valid UTF-8 sequence of two or more bytes anywhere: a file holding some is UTF-8 with a
 *       damaged byte, and reading it as windows-1252 would turn each good {@code é} into {@code Ã©};
 *   <li>none of the five bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), which
 *       would come out as C1 control characters;
 *   <li>no control character but tab, line feed, form feed and carriage return (0x01-0x1F, 0x7F).
 * </ul>
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /**
   * The text of a file, however it had to be read; see {@link #decodeText} for the warnings.
   *
   * @throws InvalidArticleException for an empty, blank or binary file
   */
  public static String decode(byte[] bytes, String source) {
    return decodeText(bytes, source).text();
  }

  /**
   * @param bytes the file's contents
   * @param source the file's name, for the messages
   * @throws InvalidArticleException for an empty, blank or binary file
   */
  public static DecodedText decodeText(byte[] bytes, String source) {
    if (bytes.length == 0) {
      throw new InvalidArticleException(source, SkipReason.EMPTY, "the file is empty");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InvalidArticleException(source, SkipReason.BINARY, "binary file (a NUL byte at offset " + i + "), not a text article");
      }
    }
    Utf8Scan scan = Utf8Scan.of(bytes);
    String text;
    List<FileWarning> warnings;
    if (scan.firstInvalid() < 0) {
      text = new String(bytes, StandardCharsets.UTF_8);
      warnings = List.of();
    } else if (!scan.hasMultiByteSequence() && readsCleanlyAsWindows1252(bytes)) {
      text = new String(bytes, WINDOWS_1252);
      warnings = List.of(new FileWarning(source, WarningKind.DECODED_AS_WINDOWS_1252, scan.firstInvalid(),
          source + ": not valid UTF-8 (" + badByte(bytes, scan.firstInvalid()) + "), read as windows-1252"));
    } else {
      // The JDK replaces each maximal invalid sequence by one U+FFFD, as Utf8Scan counts them.
      text = new String(bytes, StandardCharsets.UTF_8);
      int more = scan.invalidSequences() - 1;
      warnings = List.of(new FileWarning(source, WarningKind.REPLACED_BYTES, scan.firstInvalid(),
          source + ": not valid UTF-8 (" + badByte(bytes, scan.firstInvalid())
              + (more == 0 ? "" : String.format(Locale.ROOT, ", and %d more invalid %s", more, more == 1 ? "sequence" : "sequences"))
              + "), replaced by U+FFFD"));
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (isBlank(text)) {
      throw new InvalidArticleException(source, SkipReason.BLANK, "the file holds nothing but white space");
    }
    return new DecodedText(text, warnings);
  }

  private static String badByte(byte[] bytes, int offset) {
    return String.format(Locale.ROOT, "byte 0x%02X at offset %d", bytes[offset] & 0xFF, offset);
  }

  static boolean readsCleanlyAsWindows1252(byte[] bytes) {
    for (byte b : bytes) {
      int v = b & 0xFF;
      boolean control = (v < 0x20 && v != '\t' && v != '\n' && v != '\f' && v != '\r') || v == 0x7F;
      boolean undefined = v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D;
      if (control || undefined) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  /**
   * One pass over bytes checking them against UTF-8 (RFC 3629: no overlong forms, no surrogates,
   * nothing above U+10FFFF).
   *
   * @param firstInvalid the offset of the first byte of the first invalid sequence, or -1
   * @param invalidSequences how many maximal invalid sequences there are (each becomes one U+FFFD)
   * @param hasMultiByteSequence whether any valid sequence of two or more bytes occurs
   */
  record Utf8Scan(int firstInvalid, int invalidSequences, boolean hasMultiByteSequence) {
    static Utf8Scan of(byte[] bytes) {
      int first = -1;
      int invalid = 0;
      boolean multiByte = false;
      int i = 0;
      while (i < bytes.length) {
        int lead = bytes[i] & 0xFF;
        if (lead < 0x80) {
          i++;
          continue;
        }
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
          length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
          length = 3;
          low = lead == 0xE0 ? 0xA0 : 0x80;
          high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
          length = 4;
          low = lead == 0xF0 ? 0x90 : 0x80;
          high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
          length = 0;
        }
        int valid = length == 0 ? 0 : 1;
        while (valid > 0 && valid < length && i + valid < bytes.length) {
          int next = bytes[i + valid] & 0xFF;
          boolean ok = valid == 1 ? next >= low && next <= high : next >= 0x80 && next <= 0xBF;
          if (!ok) {
            break;
          }
          valid++;
        }
        if (length > 0 && valid == length) {
          multiByte = true;
          i += length;
        } else {
          if (first < 0) {
            first = i;
          }
          invalid++;
          i += Math.max(valid, 1);
        }
      }
      return new Utf8Scan(first, invalid, multiByte);
    }
  }
}
