package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence breaks after abbreviations: kept or undone by the abbreviation, whatever its case. */
class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String text) {
    return splitter.split(text).stream().map(span -> span.of(text)).toList();
  }

  @Test
  void titlesInAnyCaseDoNotEndSentences() {
    assertEquals(List.of("He met MR. SMITH and Dr. Jones.", "Then he left."), sentences("He met MR. SMITH and Dr. Jones. Then he left."));
    assertEquals(List.of("Gens. Smith and Jones.", "Les États-Unis.", "Très bien."), sentences("Gens. Smith and Jones. Les États-Unis. Très bien."));
  }

  @Test
  void wordsBeforeNumbersEndSentencesOnlyBeforeOtherWords() {
    assertEquals(List.of("It was hopeless.", "Then he gave the answer no.", "Still No. 5 won."),
        sentences("It was hopeless. Then he gave the answer no. Still No. 5 won."));
  }
}
