package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.crosscheck.TestCorpora;
import org.junit.jupiter.api.Test;

/**
 * The text field holds each word and, where it differs, its marked stem; stemmed search finds a stem
 * exactly where the English analyzer puts it, and exact search every word where the exact analyzer
 * puts it.
 */
class EnglishStemsTest {
  private static final String M = String.valueOf(Schema.STEM_MARK);

  /** Possessives, stop words, words that are their own stem, and stems that are words with another stem. */
  private static final String TRICKY = "The troops’ troop left Iraq's bases; the Generalizations generalize: "
      + "news is new, ins and outs in the agreed agre, running runs ran. It’s DÉTENTE, détentes.";

  @Test
  void aWordIsFollowedByItsMarkedStemAtTheSamePositionUnlessItIsAStopWord() throws IOException {
    assertEquals(List.of("the@0-3+1", "troops@4-10+1", M + "troop@4-10+0", "troop@12-17+1", M + "troop@12-17+0", "left@18-22+1",
            M + "left@18-22+0", "iraq's@23-29+1", M + "iraq@23-29+0", "bases@30-35+1", M + "base@30-35+0"),
        tokens(TextAnalyzers.text(), "The troops’ troop left Iraq's bases"));
  }

  @Test
  void stemmedSearchAsksForTheMarkedStem() throws IOException {
    assertEquals(List.of(M + "troop@0-6+1", M + "iraq@7-13+1", M + "leav@17-22+2"),
        tokens(TextAnalyzers.stemmedSearch(), "troops Iraq's to leave"));
    assertEquals("troop", EnglishStems.stemOfTerm(M + "troop"));
    assertEquals(null, EnglishStems.stemOfTerm("troop"), "a word");
  }

  @Test
  void stemmedSearchFindsAStemExactlyWhereTheEnglishAnalyzerPutsItAndExactSearchEveryWord() throws IOException {
    List<String> texts = new ArrayList<>(List.of(TRICKY, TRICKY.toUpperCase(), TRICKY.toLowerCase()));
    try (Stream<Path> seeds = Files.list(TestCorpora.seeds())) {
      for (Path seed : seeds.sorted().toList()) {
        texts.add(Files.readString(seed));
      }
    }
    for (String text : texts) {
      Map<Integer, Set<String>> indexed = byPosition(TextAnalyzers.text(), text);
      Map<Integer, Set<String>> stems = byPosition(TextAnalyzers.english(), text);
      Map<Integer, Set<String>> words = byPosition(TextAnalyzers.exact(), text);
      Set<String> everyStem = new HashSet<>();
      stems.values().forEach(everyStem::addAll);
      for (String stem : everyStem) {
        Set<Integer> found = new HashSet<>();
        indexed.forEach((position, terms) -> {
          if (terms.contains(EnglishStems.marked(stem))) {
            found.add(position);
          }
        });
        Set<Integer> expected = new HashSet<>();
        stems.forEach((position, terms) -> {
          if (terms.contains(stem)) {
            expected.add(position);
          }
        });
        assertEquals(expected, found, "positions of the stem '" + stem + "'");
      }
      words.forEach((position, word) -> assertTrue(indexed.get(position).containsAll(word), "the word " + word + " at " + position));
    }
  }

  private static Map<Integer, Set<String>> byPosition(Analyzer analyzer, String text) throws IOException {
    Map<Integer, Set<String>> terms = new TreeMap<>();
    try (TokenStream stream = analyzer.tokenStream(Schema.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        terms.computeIfAbsent(position, p -> new HashSet<>()).add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Schema.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement());
      }
      stream.end();
    }
    return tokens;
  }
}
