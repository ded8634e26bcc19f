package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crosscheck.InvalidArticleException;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  private static FileWarning onlyWarning(DecodedText decoded) {
    assertEquals(1, decoded.warnings().size(), decoded.warnings().toString());
    return decoded.warnings().getFirst();
  }

  @Test
  void cleanUtf8HasNoWarning() {
    DecodedText decoded = TextDecoder.decodeText(bytes("T\n\nCaf\u00e9 \u20ac5 \uD83D\uDE00"), "a.txt");
    assertEquals("T\n\nCaf\u00e9 \u20ac5 \uD83D\uDE00", decoded.text());
    assertEquals(List.of(), decoded.warnings());
  }

  @Test
  void aPoundSignInWindows1252IsReadAsSuchLikeTheBbcSportArticle() {
    // The shape of bbc/sport/199.txt: ASCII with one 0xA3 (a pound sign in windows-1252).
    DecodedText decoded = TextDecoder.decodeText(bytes("Mutu\n\nThe transfer fee was ", 0xA3, "15.8m."), "sport/199.txt");
    assertEquals("Mutu\n\nThe transfer fee was \u00a315.8m.", decoded.text());
    FileWarning warning = onlyWarning(decoded);
    assertEquals(WarningKind.DECODED_AS_WINDOWS_1252, warning.kind());
    assertEquals(27, warning.byteOffset());
    assertEquals("sport/199.txt: not valid UTF-8 (byte 0xA3 at offset 27), read as windows-1252", warning.message());
  }

  @Test
  void windows1252PunctuationInC1RangeIsReadAsCurlyQuotesAndEuro() {
    DecodedText decoded = TextDecoder.decodeText(bytes("T\n\n", 0x93, "Hi", 0x94, " ", 0x80, "5 ", 0x96, " ok"), "q.txt");
    assertEquals("T\n\n\u201cHi\u201d \u20ac5 \u2013 ok", decoded.text());
    assertEquals(3, onlyWarning(decoded).byteOffset());
  }

  @Test
  void anUndefinedWindows1252ByteMeansReplacementNotWindows1252() {
    DecodedText decoded = TextDecoder.decodeText(bytes("T\n\nab", 0x81, "cd", 0xE9), "u.txt");
    assertEquals("T\n\nab\uFFFDcd\uFFFD", decoded.text());
    FileWarning warning = onlyWarning(decoded);
    assertEquals(WarningKind.REPLACED_BYTES, warning.kind());
    assertEquals("u.txt: not valid UTF-8 (byte 0x81 at offset 5, and 1 more invalid sequence), replaced by U+FFFD",
        warning.message());
  }

  @Test
  void aControlCharacterMeansReplacementNotWindows1252() {
    DecodedText decoded = TextDecoder.decodeText(bytes("T\n\nab", 0x1B, "c", 0xE9), "c.txt");
    assertEquals(WarningKind.REPLACED_BYTES, onlyWarning(decoded).kind());
    assertEquals(7, onlyWarning(decoded).byteOffset());
  }

  @Test
  void utf8WithOneDamagedByteKeepsItsGoodCharactersAndReplacesTheBadOne() {
    // Read as windows-1252 the good é would turn into Ã©; so the damaged byte alone is replaced.
    DecodedText decoded = TextDecoder.decodeText(bytes("T\n\nCaf\u00e9 ", 0xFF, " ok"), "d.txt");
    assertEquals("T\n\nCaf\u00e9 \uFFFD ok", decoded.text());
    FileWarning warning = onlyWarning(decoded);
    assertEquals(WarningKind.REPLACED_BYTES, warning.kind());
    assertEquals(9, warning.byteOffset());
    assertEquals("d.txt: not valid UTF-8 (byte 0xFF at offset 9), replaced by U+FFFD", warning.message());
  }

  @Test
  void overlongFormsSurrogatesAndTruncatedSequencesAreInvalid() {
    assertEquals(3, TextDecoder.Utf8Scan.of(bytes("abc", 0xC0, 0xAF)).firstInvalid());
    assertEquals(0, TextDecoder.Utf8Scan.of(bytes(0xED, 0xA0, 0x80)).firstInvalid());
    assertEquals(1, TextDecoder.Utf8Scan.of(bytes("a", 0xE2, 0x82)).firstInvalid());
    assertEquals(0, TextDecoder.Utf8Scan.of(bytes(0xF4, 0x90, 0x80, 0x80)).firstInvalid());
    assertEquals(-1, TextDecoder.Utf8Scan.of(bytes("\uD83D\uDE00 \u20ac")).firstInvalid());
    assertTrue(TextDecoder.Utf8Scan.of(bytes("\u00e9")).hasMultiByteSequence());
    assertFalse(TextDecoder.Utf8Scan.of(bytes("e", 0xE9)).hasMultiByteSequence());
  }

  @Test
  void theReplacementCountMatchesTheJdksReplacementCharacters() {
    byte[] input = bytes("T\n\n", 0xE2, 0x82, "x", 0xF0, 0x9F, 0x98, " ", 0xC3, " ", 0xFF, 0xFE, " ", 0x81);
    String text = TextDecoder.decodeText(input, "n.txt").text();
    long replaced = text.chars().filter(c -> c == 0xFFFD).count();
    assertEquals(replaced, TextDecoder.Utf8Scan.of(input).invalidSequences());
  }

  @Test
  void emptyBlankAndBinaryAreRefusedWithTheirReason() {
    assertEquals(SkipReason.EMPTY,
        assertThrows(InvalidArticleException.class, () -> TextDecoder.decodeText(new byte[0], "e.txt")).reason());
    assertEquals(SkipReason.BLANK,
        assertThrows(InvalidArticleException.class, () -> TextDecoder.decodeText(bytes(" \n\t", 0xA0, "\r\n"), "b.txt")).reason());
    InvalidArticleException binary =
        assertThrows(InvalidArticleException.class, () -> TextDecoder.decodeText(bytes("ab", 0, "c"), "n.txt"));
    assertEquals("n.txt: binary file (a NUL byte at offset 2), not a text article", binary.getMessage());
  }

  @Test
  void aByteOrderMarkIsDroppedAndAFileOfOnlyAMarkIsBlank() {
    assertEquals("T\n\nx", TextDecoder.decode(bytes("\uFEFFT\n\nx"), "m.txt"));
    assertEquals(SkipReason.BLANK,
        assertThrows(InvalidArticleException.class, () -> TextDecoder.decode(bytes("\uFEFF"), "m.txt")).reason());
  }
}
