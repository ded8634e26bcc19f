package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * The fast path gives the exact analyzer's words, offsets and end state for every text it accepts,
 * and declines the rest without giving a word. Its rules are checked against Lucene's on texts made
 * to hit them: random texts of word-like pieces and awkward chars, and words around the length the
 * tokenizer reads whole.
 */
class FastExactWordsTest {
  private static final Analyzer EXACT = TextAnalyzers.exact();

  /** The non-ASCII chars the fast path accepts. */
  private static final String ACCEPTED = "‘’“”£€¥–—‐‑−…°«»•′″§×\u00A0\u2009";

  /**
   * Non-ASCII chars it declines: a letter, Format, ZWJ, ExtendNumLet, two emoji (one a surrogate
   * pair), Han, MidNumLet, MidLetter.
   */
  private static final List<String> DECLINED =
      List.of("é", "\u00AD", "\u200D", "\u202F", "™", "😀", "中", "\u2024", "·");

  /** Pieces shaped to hit the joining rules. */
  private static final List<String> SHAPES = List.of(
      "U.S.", "5,000", "1.5", "don't", "e-mail", "a_b", "_x", "3:30", "co-op", "x'y'z", "..", "'s",
      "a.b.c", "1;2", "a:b", "1:2", "a,b", "1'000", "a.1", "1.a", "a1", "1a", "__", "_", "x_", "1_",
      "_1_", "a__b", "a_.b", "1._2", "It’s", "‘quote’", "“said”", "A'", "'", ":", ";", ",", ".",
      "\r\n", "\t", "Mr.", "£5.5m", "10:30", "1/2/2020", "#1", "*a*", "\"x\"", "a\"b", "O'Neil");

  @Test
  void aSentenceWithAbbreviationsNumbersAndDashes() throws IOException {
    assertWords("The U.S. sent 3,500 troops—“quick-response” forces…", List.of(
        "the@0-3+1", "u.s@4-7+1", "sent@9-13+1", "3,500@14-19+1", "troops@20-26+1", "quick@28-33+1",
        "response@34-42+1", "forces@44-50+1", "end@51-51+0"));
  }

  @Test
  void aColonJoinsLettersButNotDigits() throws IOException {
    assertWords("It’s £5.5m, said Mr. O'Neil at 10:30 on 1/2/2020.", List.of(
        "it's@0-4+1", "5.5m@6-10+1", "said@12-16+1", "mr@17-19+1", "o'neil@21-27+1", "at@28-30+1",
        "10@31-33+1", "30@34-36+1", "on@37-39+1", "1@40-41+1", "2@42-43+1", "2020@44-48+1", "end@49-49+0"));
  }

  @Test
  void underscoresJoinWordsAndTrailThemButMakeNoWordAlone() throws IOException {
    assertWords("__ _x a_ 1_000 a__.b", List.of(
        "_x@3-5+1", "a_@6-8+1", "1_000@9-14+1", "a__@15-18+1", "b@19-20+1", "end@20-20+0"));
  }

  @Test
  void emptyTextHasNoWords() throws IOException {
    assertWords("", List.of("end@0-0+0"));
  }

  @Test
  void aWordOfTheLongestLengthIsKept() throws IOException {
    String word = "ab".repeat(127) + "c";
    assertWords("x " + word.toUpperCase() + " y", List.of(
        "x@0-1+1", word + "@2-257+1", "y@258-259+1", "end@259-259+0"));
  }

  @Test
  void longerWordsAreDeclined() {
    assertDeclined("a".repeat(256));
    assertDeclined("x " + "1,2".repeat(86) + " y");
    assertDeclined("_".repeat(300) + "a");
  }

  @Test
  void theHandledNonAsciiCharsAreAccepted() throws IOException {
    for (char c : ACCEPTED.toCharArray()) {
      assertTrue(compareWithLucene("x" + c + "y 1" + c + "2 " + c), "declined " + c);
    }
  }

  @Test
  void charsOutsideTheHandledOnesAreDeclined() {
    for (String declined : DECLINED) {
      assertDeclined("plain words then " + declined + " and more");
    }
    assertDeclined("Détente");
  }

  @Test
  void randomTextsGiveLucenesWordsOrAreDeclined() throws IOException {
    Random random = new Random(20240611);
    String ascii = asciiChars();
    int accepted = 0;
    int texts = 20_000;
    for (int i = 0; i < texts; i++) {
      String text = randomText(random, ascii, random.nextInt(301));
      if (compareWithLucene(text)) {
        accepted++;
      }
    }
    // Both outcomes happen often, so both are tested.
    assertTrue(accepted > texts / 2, "accepted " + accepted);
    assertTrue(accepted < texts - texts / 20, "accepted " + accepted);
  }

  @Test
  void wordsAroundTheLongestLengthGiveLucenesWordsOrAreDeclined() throws IOException {
    Random random = new Random(7);
    String ascii = asciiChars();
    int accepted = 0;
    for (int i = 0; i < 2_000; i++) {
      String unit = SHAPES.get(random.nextInt(SHAPES.size())).replaceAll("[^A-Za-z0-9_.,;:']", "");
      String repeatable = unit.isEmpty() ? "a" : unit;
      StringBuilder word = new StringBuilder();
      int wanted = 245 + random.nextInt(20);
      while (word.length() < wanted) {
        word.append(random.nextBoolean() ? repeatable : String.valueOf("aZ7_.,;:'".charAt(random.nextInt(9))));
      }
      word.setLength(wanted);
      String text = randomText(random, ascii, random.nextInt(6)) + word + randomText(random, ascii, random.nextInt(6));
      if (compareWithLucene(text)) {
        accepted++;
      }
    }
    assertTrue(accepted > 200, "accepted " + accepted);
  }

  /**
   * Splits the text both ways; if the fast path accepts it, the two must give the same words and end.
   * True if accepted.
   */
  private static boolean compareWithLucene(String text) throws IOException {
    List<String> fast = fastWords(text);
    if (fast == null) {
      return false;
    }
    assertEquals(TokenLists.withEnd(EXACT.tokenStream(Schema.TEXT_EXACT, text)), fast, text);
    return true;
  }

  private static void assertWords(String text, List<String> expected) throws IOException {
    assertEquals(expected, fastWords(text), text);
    assertEquals(expected, TokenLists.withEnd(EXACT.tokenStream(Schema.TEXT_EXACT, text)), "Lucene's words of " + text);
  }

  private static void assertDeclined(String text) {
    assertNull(fastWords(text), text);
  }

  /**
   * The fast path's words in the form of {@link TokenLists#withEnd}, or null if it declined the text
   * (having given no word).
   */
  private static List<String> fastWords(String text) {
    List<String> words = new ArrayList<>();
    boolean accepted = FastExactWords.split(text, (chars, start, length, startOffset, endOffset) ->
        words.add(new String(chars, start, length) + "@" + startOffset + "-" + endOffset + "+1"));
    if (!accepted) {
      assertTrue(words.isEmpty(), "a declined text gave words: " + text);
      return null;
    }
    words.add("end@" + text.length() + "-" + text.length() + "+0");
    return words;
  }

  /** Every ASCII char, control chars included. */
  private static String asciiChars() {
    StringBuilder chars = new StringBuilder();
    for (char c = 0; c < 128; c++) {
      chars.append(c);
    }
    return chars.toString();
  }

  /**
   * About the given length of word-like shapes, letter runs, spaces and single chars; one text in
   * eight also holds a declined char.
   */
  private static String randomText(Random random, String ascii, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      int pick = random.nextInt(10);
      if (pick < 3) {
        text.append(SHAPES.get(random.nextInt(SHAPES.size())));
      } else if (pick < 5) {
        String letters = "abcXYZ019";
        for (int n = 1 + random.nextInt(6); n > 0; n--) {
          text.append(letters.charAt(random.nextInt(letters.length())));
        }
      } else if (pick < 6) {
        text.append(' ');
      } else if (pick < 7) {
        text.append(ACCEPTED.charAt(random.nextInt(ACCEPTED.length())));
      } else {
        text.append(ascii.charAt(random.nextInt(ascii.length())));
      }
    }
    if (length > 0 && random.nextInt(8) == 0) {
      text.insert(random.nextInt(text.length() + 1), DECLINED.get(random.nextInt(DECLINED.size())));
    }
    return text.toString();
  }
}
