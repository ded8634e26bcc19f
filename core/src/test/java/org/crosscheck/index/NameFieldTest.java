package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.junit.jupiter.api.Test;

/** The entity name fields split their keys themselves; the index must get the words the name analyzer gives. */
class NameFieldTest {
  private static final Analyzer NAMES = TextAnalyzers.entityNames();

  @Test
  void givesTheWordsTheNameAnalyzerGives() throws IOException {
    List<String> keys = new ArrayList<>(List.of("", " ", "mark esper", "islamic state", "  two  spaces  ", "x",
        "jose maria aznar lopez", "dominique de villepin", "münchen 1860", "o'neil", "u.s.", "no\u00a0break (not white space to Java)", "a" + "b".repeat(254)));
    Random random = new Random(7);
    String alphabet = "ab é’'. -";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder key = new StringBuilder();
      for (int j = random.nextInt(20); j > 0; j--) {
        key.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      keys.add(key.toString());
    }
    TokenStream reused = null;
    for (String key : keys) {
      Field field = NameField.of(Schema.PERSON_NAME, key);
      reused = field.tokenStream(NAMES, reused);
      assertEquals(TokenLists.withEnd(NAMES.tokenStream(Schema.PERSON_NAME, key)), TokenLists.withEnd(reused), key);
    }
  }

  @Test
  void leavesToTheAnalyzerTheKeysItWouldCutOtherwise() throws IOException {
    assertTrue(NameField.splitsAtSpaces("mark esper"));
    assertTrue(NameField.splitsAtSpaces("a".repeat(255)));
    for (String key : List.of("tab\tkey", "line\nkey", "a".repeat(256), "emoji 😀")) {
      assertFalse(NameField.splitsAtSpaces(key), key);
      Field field = NameField.of(Schema.PERSON_NAME, key);
      assertEquals(TokenLists.withEnd(NAMES.tokenStream(Schema.PERSON_NAME, key)),
          TokenLists.withEnd(field.tokenStream(NAMES, null)), key);
    }
  }
}
