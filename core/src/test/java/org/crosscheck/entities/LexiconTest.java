package org.crosscheck.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A token's word is looked up from its chars, packed when short; it must be the word its normal form names. */
class LexiconTest {
  private static final Lexicon LEXICON = new Lexicon(Gazetteer.shared(), List.of(Lexicon.WordList.of("said", "told", "troops")));

  @Test
  void aTokensCharsFindTheWordItsNormalFormFinds() {
    List<String> tokens = new ArrayList<>(List.of("said", "Said", "SAID", "told", "troops", "Troops", "the", "The",
        "a", "I", "us", "Iraq", "pentagon", "Pentagon", "washington", "Washington", "minister", "unknownword", "x",
        "", "naïve", "Café", "seven77", "eightchr", "sevench"));
    Random random = new Random(11);
    String letters = "aeiostrnSTAE";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder token = new StringBuilder();
      for (int j = 1 + random.nextInt(9); j > 0; j--) {
        token.append(letters.charAt(random.nextInt(letters.length())));
      }
      tokens.add(token.toString());
    }
    int known = 0;
    for (String token : tokens) {
      char[] chars = ("  " + token + " ").toCharArray();
      String normal = token.toLowerCase(Locale.ROOT);
      Lexicon.Word byChars = LEXICON.word(chars, 2, 2 + token.length(), normal.hashCode());
      assertSame(LEXICON.word(normal), byChars, token);
      if (byChars != Lexicon.UNKNOWN) {
        known++;
      }
    }
    assertEquals(true, known > 40, "many tokens are known words: " + known);
    assertNotSame(Lexicon.UNKNOWN, LEXICON.word("said".toCharArray(), 0, 4, "said".hashCode()));
  }
}
