package org.crosscheck.facts;

import java.util.Set;

/**
 * Stems that the index keeps (Lucene's stop list is short) but that say nothing about what happened:
 * reporting verbs ("said", "told", "adding"), auxiliaries, pronouns, vague quantities and the titles
 * that come with names ("Secretary", "President", "Gen."). Two passages sharing only these do not
 * share a fact, so the same-fact scorer leaves them out. Stems as {@link
 * org.crosscheck.index.TextAnalyzers#english()} writes them.
 */
final class FactlessWords {
  private FactlessWords() {}

  private static final Set<String> STEMS = Set.of(
      // reporting
      "said", "sai", "told", "tell", "ad", "report", "accord", "state", "statement", "ask", "comment", "explain",
      // auxiliaries and modals
      "ha", "have", "had", "been", "do", "doe", "did", "done", "can", "could", "would", "should", "mai", "might",
      "must", "shall", "wa", "were", "am", "get", "got", "make", "made",
      // pronouns and determiners
      "he", "she", "him", "her", "hi", "we", "our", "us", "you", "your", "i", "me", "my", "it'", "its", "thei",
      "them", "who", "whom", "whose", "which", "what", "when", "where", "while", "how", "why", "all", "ani", "some",
      "other", "anoth", "each", "both", "more", "most", "much", "mani", "few", "own", "same", "so", "than", "too",
      "veri", "just", "also", "onli", "even", "still", "now", "later", "earlier", "here", "from", "over", "after",
      "befor", "about", "up", "out", "down", "off", "again", "further", "onc", "dure", "through", "between",
      "against", "within", "without", "under", "among", "upon", "until", "sinc", "whether", "though", "although",
      "howev", "on", "it", "new",
      // titles that come with names
      "secretari", "presid", "gen", "gener", "brig", "col", "lt", "maj", "sgt", "prof", "dr", "mr", "ms", "mrs",
      "chairman", "chief", "minist", "spokesman", "spokeswoman", "offici", "ret",
      // calendar words that place a report in time, not a fact
      "dai", "week", "mondai", "tuesdai", "wednesdai", "thursdai", "fridai", "saturdai", "sundai", "yesterdai",
      "todai", "tonight", "morn", "afternoon", "night", "time");

  static boolean contains(String stem) {
    return STEMS.contains(stem);
  }
}
