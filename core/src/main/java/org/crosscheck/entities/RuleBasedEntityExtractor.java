package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.Span;
import org.crosscheck.entities.Lexicon.WordList;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Paragraph;
import org.crosscheck.ingest.ParagraphKind;
import org.crosscheck.internal.Check;

/**
 * Finds entities with rules that work well on news copy, no model needed:
 *
 * <ol>
 *   <li>Runs of capitalised words are name candidates ("Secretary of Defense Mark Esper"); a
 *       sentence's first word counts only when it is not an ordinary word.
 *   <li>Titles and ranks at the front are split off into the role ("Brig. Gen."), leaving the name.
 *   <li>Candidates are typed by gazetteers (countries, cities, organisations, well-known people),
 *       by cue words ("Ministry", "University", "Corps" make an organisation, "Airport" a place), by a
 *       given name in front, or by a speech verb after ("Milley acknowledged").
 *   <li>Within the article, a surname alone resolves to the full name given elsewhere, and an
 *       acronym defined in brackets ("International Zone (IZ)") to its long form.
 *   <li>Quotes are paired quotation marks of either shape; the speaker is the subject of the
 *       nearest speech verb in the sentence: a name, "he"/"she" (the last person who spoke), a role
 *       ("the defense secretary" is the person given that title), or nobody ("the memo"). A quote
 *       with no attribution continues the last speaker, as news paragraphs do.
 *   <li>Dates (weekdays, month-day-year, years, "17 years") and numbers with what they count
 *       ("5,000 troops") come from patterns over the tokens.
 * </ol>
 *
 * <p>Thread-safe and stateless: share {@link #shared()}. Never throws on odd text; a paragraph
 * written in capitals only gets gazetteer lookups, since capitals say nothing there.
 */
public final class RuleBasedEntityExtractor implements EntityExtractor {
  // ---------------------------------------------------------------- word lists kept with the rules

  /** A word list; tokens answer from their lexicon word, so a test costs no hashing. */
  private static WordList words(String... words) {
    return WordList.of(words);
  }

  /**
   * A lookup table, held in a hash map: it compares hashes before strings, where {@code Map.of}
   * compares the strings it probes. Tokens ask a table only once their word is on the list of its keys.
   */
  private static <V> Map<String, V> table(Map<String, V> entries) {
    return java.util.Collections.unmodifiableMap(new HashMap<>(entries));
  }

  private static final WordList ORG_CUES = words(
      "ministry", "department", "corps", "command", "force", "forces", "parliament", "university", "institute",
      "times", "news", "journal", "post", "press", "agency", "council", "committee", "party", "service", "embassy",
      "office", "bank", "company", "inc", "corp", "ltd", "plc", "group", "association", "union", "organization",
      "organisation", "foundation", "commission", "court", "congress", "senate", "assembly", "police", "staff",
      "airlines", "airways", "club", "league", "federation", "school", "college", "academy", "guard", "brigade",
      "battalion", "regiment", "division", "fund", "authority", "board", "bureau", "network", "channel",
      "broadcasting", "records", "studios", "pictures", "motors", "industries", "holdings", "operation",
      "consulate", "government", "cabinet", "administration", "coalition", "alliance", "movement", "front",
      "society", "trust", "centre", "center", "exchange", "tribune", "telegraph", "herald", "gazette", "chronicle");

  private static final WordList LOCATION_CUES = words(
      "airport", "base", "zone", "city", "street", "avenue", "road", "province", "river", "island", "islands", "sea",
      "ocean", "mountains", "valley", "square", "bay", "lake", "county", "region", "desert", "strait", "peninsula",
      "heights", "district", "state", "territory", "coast", "park", "village", "town", "harbour", "harbor", "canal");

  private static final WordList EVENT_CUES = words("war", "wars", "cup", "olympics", "games", "awards", "festival", "championship");

  /** Lower-case words before a name that make it a person: "chief of staff Eric Chewning". */
  private static final WordList ROLE_NOUNS = words(
      "chief", "commander", "leader", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "minister",
      "president", "secretary", "director", "officer", "adviser", "advisor", "general", "colonel", "senator",
      "ambassador", "envoy", "analyst", "reporter", "editor", "professor", "staff", "captain", "coach", "manager",
      "striker", "player", "singer", "actor", "actress", "star", "founder", "executive", "boss", "mp", "candidate",
      "governor", "mayor", "judge", "lawyer", "deputy", "head", "owner");

  private static final WordList SPEECH_VERBS = words(
      "said", "say", "says", "saying", "told", "tell", "tells", "telling", "added", "adding", "adds", "stated", "states",
      "stating", "explained", "explains", "acknowledged", "acknowledges", "concluded", "elaborated", "postulated",
      "warned", "warns", "noted", "notes", "wrote", "writes", "asked", "described", "reiterated", "insisted", "argued",
      "argues", "claimed", "announced", "declared", "replied", "confirmed", "believe", "believes", "fears", "read",
      "reads", "informed", "tweeted", "admitted", "suggested", "urged", "commented", "remarked", "observed",
      "emphasized", "emphasised", "stressed", "reported", "recalled", "cautioned", "conceded", "predicted");

  /** Nouns that, as the subject of a speech verb, say the words belong to no named person. */
  private static final WordList NON_PERSON_SPEAKERS = words(
      "letter", "memo", "memorandum", "missive", "statement", "report", "reports", "official", "officials", "source",
      "sources", "document", "note", "release", "resolution", "communiqué", "communique", "article", "newspaper",
      "agency", "ministry", "analysts", "analyst", "officer", "officers", "spokesperson", "survey", "study", "poll",
      "website", "paper", "government", "police", "people", "experts", "critics", "residents", "witnesses");

  private static final WordList PRONOUNS = words("he", "she");
  private static final WordList OTHER_PRONOUNS = words("they", "we", "i", "it", "you");
  private static final WordList PREPOSITIONS = words(
      "to", "of", "at", "in", "on", "from", "with", "for", "by", "into", "about", "against", "over");

  /** Words that open sentences; capitalised at the start of one they are no name. */
  private static final WordList COMMON_OPENERS = words(
      "the", "a", "an", "and", "but", "or", "if", "in", "on", "at", "after", "before", "while", "when", "as", "since",
      "for", "with", "without", "within", "amid", "among", "about", "by", "from", "to", "of", "so", "yet", "this",
      "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
      "their", "our", "my", "your", "who", "what", "which", "where", "why", "how", "some", "many", "most", "all", "any",
      "each", "every", "no", "not", "nor", "one", "both", "either", "neither", "meanwhile", "however", "still", "then",
      "thereafter", "indeed", "nevertheless", "regarding", "during", "under", "over", "despite", "although", "though",
      "because", "unless", "until", "now", "today", "yesterday", "tomorrow", "also", "even", "just", "only", "further",
      "later", "earlier", "already", "once", "again", "more", "less", "such", "other", "another", "like", "unlike",
      "according", "sir", "mr", "mrs", "ms", "yes", "well", "oh", "please", "thanks", "thank", "dear", "let", "do",
      "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
      "should", "may", "might", "must", "shall", "approximately", "about", "around", "nearly", "almost", "last",
      "next", "first", "second", "third", "new", "old", "several", "few", "much", "very", "too", "never", "always",
      "often", "sometimes", "perhaps", "maybe", "instead", "otherwise", "besides", "furthermore", "moreover",
      "overall", "finally", "eventually", "currently", "recently", "previously", "together", "apparent", "amid",
      "speaking", "asked", "why", "whether", "nor", "unlike", "upon", "via", "per", "toward", "towards");

  private static final WordList WEEKDAYS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
    String[] abbreviated = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int m = 0; m < 12; m++) {
      MONTHS.put(full[m], m + 1);
      MONTHS.put(abbreviated[m], m + 1);
    }
    MONTHS.put("sept", 9);
  }

  private static final WordList MONTH_NAMES = WordList.of(MONTHS.keySet());

  private static final WordList MONTH_PREPOSITIONS = words("in", "since", "until", "last", "next", "early", "late", "mid", "by", "from", "of", "through", "during", "this");

  private static final Map<String, String> TIME_UNITS = table(Map.ofEntries(
      Map.entry("year", "year"), Map.entry("years", "year"), Map.entry("month", "month"), Map.entry("months", "month"),
      Map.entry("week", "week"), Map.entry("weeks", "week"), Map.entry("day", "day"), Map.entry("days", "day"),
      Map.entry("hour", "hour"), Map.entry("hours", "hour"), Map.entry("minute", "minute"), Map.entry("minutes", "minute"),
      Map.entry("decade", "decade"), Map.entry("decades", "decade"), Map.entry("century", "century"),
      Map.entry("centuries", "century")));

  private static final WordList TIME_UNIT_WORDS = WordList.of(TIME_UNITS.keySet());

  private static final Map<String, Integer> SPELLED = table(Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("hundred", 100),
      Map.entry("a", 1), Map.entry("several", 0), Map.entry("few", 0)));

  private static final WordList SPELLED_NUMBERS = WordList.of(SPELLED.keySet());

  private static final Map<String, Double> MULTIPLIERS = table(Map.of(
      "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12, "bn", 1e9, "m", 1e6, "k", 1e3));

  private static final WordList MULTIPLIER_WORDS = WordList.of(MULTIPLIERS.keySet());

  /** Small words inside a name: "Secretary of State", "Osama bin Laden", "Vincent van Gogh". */
  private static final WordList NAME_JOINERS = words("of", "de", "al", "bin", "van", "von", "da", "del");

  /** "ministry of defense", "department of state": institutions some outlets write in lower case. */
  private static final WordList INSTITUTION_HEADS = words("ministry", "department");

  /** The joiners a person's name may hold between its first and last word. */
  private static final WordList NAME_PARTICLES = words("de", "al", "bin", "van", "von");

  /** Paragraphs longer than this many characters are cut for quote attribution scans, never for names. */
  private static final int SCAN_WINDOW = 40;

  /** Every list above; the lexicon gives each word the bits of the lists it is on. */
  private static final List<WordList> WORD_LISTS = List.of(
      ORG_CUES, LOCATION_CUES, EVENT_CUES, ROLE_NOUNS, SPEECH_VERBS, NON_PERSON_SPEAKERS, PRONOUNS, OTHER_PRONOUNS,
      PREPOSITIONS, COMMON_OPENERS, WEEKDAYS, MONTH_PREPOSITIONS, MONTH_NAMES, TIME_UNIT_WORDS, SPELLED_NUMBERS,
      MULTIPLIER_WORDS, NAME_JOINERS, NAME_PARTICLES, INSTITUTION_HEADS);

  /** Declared after the word lists, which its lexicon is built from. */
  private static final RuleBasedEntityExtractor SHARED = new RuleBasedEntityExtractor(Gazetteer.shared());

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;

  private RuleBasedEntityExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.lexicon = new Lexicon(gazetteer, WORD_LISTS);
  }

  /** The one instance; it holds only immutable word lists. */
  public static RuleBasedEntityExtractor shared() {
    return SHARED;
  }

  // ---------------------------------------------------------------- per-article state

  /** A name candidate: tokens [from, to) of one paragraph. */
  private static final class Candidate {
    final int paragraph;
    final int from;
    final int to;
    EntityType type;
    String role = "";
    String canonical;
    boolean titled;
    String key;
    String name;

    Candidate(int paragraph, int from, int to, EntityType type) {
      this.paragraph = paragraph;
      this.from = from;
      this.to = to;
      this.type = type;
    }
  }

  /** What one paragraph holds while the article is worked on. */
  private static final class Work {
    final Paragraph paragraph;
    final Token[] tokens;
    final List<Candidate> candidates = new ArrayList<>();
    final List<EntityMention> dates = new ArrayList<>();
    final List<Quantity> quantities = new ArrayList<>();
    final List<int[]> quotes = new ArrayList<>();
    final boolean shouting;
    /** Whether some token has a digit; without one the paragraph holds no number. */
    final boolean digits;
    Candidate[] personAt;
    Candidate[] nameAt;

    Work(Paragraph paragraph, Token[] tokens, boolean shouting, boolean digits) {
      this.paragraph = paragraph;
      this.tokens = tokens;
      this.shouting = shouting;
      this.digits = digits;
    }
  }

  /** A speech verb and whom it credits: a person key, {@link #NOBODY}, or null when it cannot tell. */
  private record Attribution(int paragraph, int token, int offset, String speakerKey) {}

  private static final String NOBODY = "";

  @Override
  public ArticleEntities extract(Article article) {
    Check.notNull(article, "article");
    List<Work> works = new ArrayList<>(article.paragraphs().size());
    for (Paragraph paragraph : article.paragraphs()) {
      if (paragraph.kind() != ParagraphKind.BODY || paragraph.text().isBlank()) {
        works.add(null);
        continue;
      }
      Tokenizer.Tokens tokens = Tokenizer.tokenize(paragraph.text(), lexicon);
      Work work = new Work(paragraph, tokens.tokens(), isShouting(tokens.letters(), tokens.capitals()), tokens.digits());
      markSentencesAndQuotes(work);
      works.add(work);
    }
    Set<String> lowerWords = openersAlsoInLowerCase(works);
    for (int p = 0; p < works.size(); p++) {
      Work work = works.get(p);
      if (work != null) {
        findNames(p, work, lowerWords);
        findDates(work);
        findQuantities(work);
      }
    }
    Map<String, ArticleEntities.Person> people = resolvePeople(works);
    List<List<Quote>> quotes = attributeQuotes(works, people);
    List<ParagraphEntities> paragraphs = new ArrayList<>(works.size());
    for (int p = 0; p < works.size(); p++) {
      Work work = works.get(p);
      Paragraph paragraph = article.paragraphs().get(p);
      if (work == null) {
        paragraphs.add(ParagraphEntities.empty(paragraph.id(), paragraph.sentences()));
        continue;
      }
      List<EntityMention> mentions = new ArrayList<>();
      for (Candidate c : work.candidates) {
        if (c.type != null && c.key != null && !c.key.isEmpty()) {
          Token first = work.tokens[c.from];
          Token last = work.tokens[c.to - 1];
          mentions.add(new EntityMention(c.type, c.key, c.name, paragraph.text().substring(first.start, last.end),
              new Span(first.start, last.end), c.role));
        }
      }
      mentions.addAll(work.dates);
      mentions.sort((a, b) -> a.span().compareTo(b.span()));
      paragraphs.add(new ParagraphEntities(paragraph.id(), paragraph.sentences(), mentions, quotes.get(p), work.quantities));
    }
    return new ArticleEntities(article.id(), article.outlet(), paragraphs, people);
  }

  /** Written in capitals: at least 20 letters, over 60% of them capitals. */
  private static boolean isShouting(int letters, int capitals) {
    return letters >= 20 && capitals > letters * 0.6;
  }

  /**
   * The words that open a sentence capitalised and that the article also writes in lower case
   * elsewhere ("Shares fell ... the shares"): such an opener is an ordinary word, no name. Only the
   * openers {@link #typeRun} asks about are looked for (not common openers, not gazetteer names), so
   * the set stays as small as the question and some articles skip the pass over their words.
   */
  private static Set<String> openersAlsoInLowerCase(List<Work> works) {
    Set<String> openers = new HashSet<>();
    // One bit per opener's hash, folded to 10 bits: lower-case words are half the tokens, and nearly all
    // of them are turned away by it without their strings being read.
    long[] openerHashes = new long[1024 / Long.SIZE];
    for (Work work : works) {
      if (work != null) {
        for (Token token : work.tokens) {
          if (token.sentenceStart && !token.isLowerWord() && !COMMON_OPENERS.contains(token) && token.word.name() == null) {
            openers.add(token.norm);
            openerHashes[(token.normHash >>> 6) & 15] |= 1L << token.normHash;
          }
        }
      }
    }
    if (openers.isEmpty()) {
      return openers;
    }
    Set<String> found = new HashSet<>();
    for (Work work : works) {
      if (work != null) {
        for (Token token : work.tokens) {
          if (token.isLowerWord() && (openerHashes[(token.normHash >>> 6) & 15] & (1L << token.normHash)) != 0
              && openers.contains(token.norm)) {
            found.add(token.norm);
          }
        }
      }
    }
    return found;
  }

  // ---------------------------------------------------------------- sentences and quotation marks

  private static void markSentencesAndQuotes(Work work) {
    Token[] tokens = work.tokens;
    List<Span> sentences = work.paragraph.sentences();
    int s = 0;
    boolean first = true;
    for (Token token : tokens) {
      while (s < sentences.size() - 1 && token.start >= sentences.get(s).end()) {
        s++;
        first = true;
      }
      token.sentence = s;
      if (first && token.isWord()) {
        token.sentenceStart = true;
        first = false;
      }
    }
    int open = -1;
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i].kind != Token.Kind.QUOTE_MARK) {
        continue;
      }
      if (open < 0) {
        open = i;
      } else {
        addQuote(work, open, i);
        open = -1;
      }
    }
    if (open >= 0) {
      addQuote(work, open, tokens.length);
    }
  }

  /** Records the quote between the marks at token indexes {@code open} and {@code close} (exclusive). */
  private static void addQuote(Work work, int open, int close) {
    int words = 0;
    for (int i = open + 1; i < close; i++) {
      Token token = work.tokens[i];
      token.inQuote = true;
      if (token.isWord() || token.kind == Token.Kind.NUMBER) {
        words++;
      }
    }
    if (open + 1 < close) {
      work.tokens[open + 1].sentenceStart = true;
    }
    if (words >= 2) {
      work.quotes.add(new int[] {open, close});
    }
  }

  // ---------------------------------------------------------------- names

  private static boolean isNameToken(Token[] tokens, int i) {
    Token t = tokens[i];
    if (!t.capitalised || t.hasDigit || t.claimed) {
      return false;
    }
    if (WEEKDAYS.contains(t)) {
      return false;
    }
    if (MONTH_NAMES.contains(t) && i + 1 < tokens.length && tokens[i + 1].kind == Token.Kind.NUMBER) {
      return false;
    }
    return true;
  }

  private void findNames(int p, Work work, Set<String> lowerWords) {
    Token[] tokens = work.tokens;
    int n = tokens.length;
    lowerCaseInstitutions(p, work);
    int i = 0;
    while (i < n) {
      if (!isNameToken(tokens, i) || tokens[i].text.equals("(ret.)")) {
        i++;
        continue;
      }
      int fixed = fixedPhrase(tokens, i);
      if (fixed > i) {
        typeRun(p, work, i, fixed, lowerWords);
        i = fixed;
        continue;
      }
      int end = i + 1;
      while (end < n && !tokens[end - 1].possessive) {
        Token next = tokens[end];
        if (next.hyphenPart && tokens[end - 1].hyphenPart && tokens[end - 1].end + 1 == next.start) {
          break;
        }
        if (next.inQuote != tokens[i].inQuote) {
          break;
        }
        if (isNameToken(tokens, end) || next.text.equals("(ret.)")) {
          end++;
        } else if (NAME_JOINERS.contains(next) && end + 1 < n && isNameToken(tokens, end + 1) && !tokens[end + 1].inQuote == !next.inQuote) {
          end += 2;
        } else {
          break;
        }
      }
      typeRun(p, work, i, end, lowerWords);
      i = end;
    }
  }

  /** "the Iraqi ministry of defense": institutions some outlets write in lower case, with the country word in front. */
  private void lowerCaseInstitutions(int p, Work work) {
    Token[] tokens = work.tokens;
    for (int i = 1; i + 2 < tokens.length; i++) {
      Token head = tokens[i];
      // Written in lower case (the text is its own normal form): capitalised, the name rules find it.
      if (INSTITUTION_HEADS.contains(head) && head.text.equals(head.norm) && tokens[i + 1].text.equals("of")
          && tokens[i + 2].isWord() && !tokens[i + 2].claimed) {
        Token before = tokens[i - 1];
        boolean country = before.capitalised && (before.word.isDemonym()
            || (before.word.name() != null && before.word.name().type() == EntityType.LOCATION));
        if (country && !before.claimed) {
          add(work, p, i - 1, i + 3, EntityType.ORGANIZATION, null);
        }
      }
    }
  }

  /**
   * A gazetteer name that ordinary runs would cut, because it holds lower-case words ("Islamic State
   * of Iraq and the Levant") or ends before a title ("US Marine Corps Brigadier General"); returns the
   * end of the match, or {@code start} when there is none.
   */
  private static int fixedPhrase(Token[] tokens, int start) {
    int best = start;
    Lexicon.Phrase phrase = tokens[start].word;
    for (int end = start + 1; end < tokens.length && !tokens[end - 1].possessive; end++) {
      Token t = tokens[end];
      if (!t.isWord() && t.kind != Token.Kind.NUMBER) {
        break;
      }
      phrase = phrase.then(t.word);
      if (phrase == null) {
        break;
      }
      if (t.capitalised && phrase.name() != null) {
        boolean followedByName = end + 1 < tokens.length && isNameToken(tokens, end + 1) && !tokens[end].possessive
            && !tokens[end + 1].word.isTitle();
        if (!followedByName) {
          best = end + 1;
        }
      }
    }
    return best;
  }

  /** The gazetteer phrase tokens [from, to) spell, or null when no name or title starts with them. */
  private static Lexicon.Phrase phrase(Token[] tokens, int from, int to) {
    Lexicon.Phrase phrase = tokens[from].word;
    for (int i = from + 1; i < to && phrase != null; i++) {
      phrase = phrase.then(tokens[i].word);
    }
    return phrase;
  }

  /** The gazetteer's entry for the name tokens [from, to) spell, or null. */
  private static Gazetteer.Entry knownName(Token[] tokens, int from, int to) {
    Lexicon.Phrase phrase = phrase(tokens, from, to);
    return phrase == null ? null : phrase.name();
  }

  /** Whether tokens [from, to) spell a title or rank. */
  private static boolean isTitle(Token[] tokens, int from, int to) {
    Lexicon.Phrase phrase = phrase(tokens, from, to);
    return phrase != null && phrase.isTitle();
  }

  private String text(Token[] tokens, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && tokens[i].start > tokens[i - 1].end) {
        out.append(' ');
      }
      out.append(tokens[i].text);
    }
    return out.toString();
  }

  private void typeRun(int p, Work work, int from, int to, Set<String> lowerWords) {
    Token[] tokens = work.tokens;
    while (from < to) {
      Token first = tokens[from];
      if (first.isLowerWord()) {
        from++;
        continue;
      }
      boolean article = first.norm.equals("the") || first.norm.equals("a") || first.norm.equals("an");
      boolean startsTitle = first.word.isTitle()
          || (to - from >= 3 && isTitle(tokens, from, from + 2))
          || (to - from >= 4 && isTitle(tokens, from, from + 3));
      // lowerWords holds only the openers this can ask about: see openersAlsoInLowerCase.
      boolean ordinaryOpener = first.sentenceStart && !startsTitle && (COMMON_OPENERS.contains(first)
          || (first.word.name() == null && lowerWords.contains(first.norm)));
      if ((article || ordinaryOpener) && !(to - from > 1 && knownName(tokens, from, to) != null && !article)) {
        from++;
      } else {
        break;
      }
    }
    while (to > from && tokens[to - 1].norm.equals("of")) {
      to--;
    }
    if (from >= to) {
      return;
    }
    Gazetteer.Entry known = knownName(tokens, from, to);
    if (known != null) {
      claim(tokens, from, to);
      if (known.type() != null) {
        add(work, p, from, to, known.type(), known.canonical());
      }
      return;
    }
    if (work.shouting) {
      knownParts(p, work, from, to);
      return;
    }
    if (EVENT_CUES.contains(tokens[to - 1])) {
      claim(tokens, from, to);
      return;
    }
    if (splitTitle(p, work, from, to, lowerWords)) {
      return;
    }
    String last = tokens[to - 1].norm;
    if (to - from >= 2 && (last.equals("administration") || last.equals("government") || last.equals("policy"))
        && !tokens[from].word.isDemonym()) {
      typeRun(p, work, from, to - 1, lowerWords);
      return;
    }
    if (tokens[from].word.isDemonym()) {
      Gazetteer.Entry rest = to - from > 1 ? knownName(tokens, from + 1, to) : null;
      if (rest != null && rest.type() == EntityType.ORGANIZATION) {
        add(work, p, from + 1, to, rest.type(), rest.canonical());
        claim(tokens, from, to);
        return;
      }
      boolean orgCue = false;
      for (int i = from + 1; i < to; i++) {
        orgCue |= ORG_CUES.contains(tokens[i]);
      }
      if (!orgCue) {
        typeRun(p, work, from + 1, to, lowerWords);
        return;
      }
    }
    for (int i = from; i < to; i++) {
      if (ORG_CUES.contains(tokens[i]) && !(to - from == 1 && !tokens[i].isAcronym())) {
        add(work, p, from, to, EntityType.ORGANIZATION, null);
        return;
      }
    }
    if (to - from >= 2 && LOCATION_CUES.contains(tokens[to - 1])) {
      add(work, p, from, to, EntityType.LOCATION, null);
      return;
    }
    boolean givenName = tokens[from].word.isGivenName();
    if (to - from >= 2 && !givenName && knownParts(p, work, from, to)) {
      return;
    }
    boolean personShape = to - from <= 4 && allNameWords(tokens, from, to);
    if (personShape && to - from >= 2 && givenName) {
      add(work, p, from, to, EntityType.PERSON, null);
      return;
    }
    if (personShape && (speechVerbFollows(tokens, to) || roleNounBefore(tokens, from))) {
      add(work, p, from, to, EntityType.PERSON, null);
      return;
    }
    if (to - from == 1 && tokens[from].isAcronym()) {
      add(work, p, from, to, EntityType.ORGANIZATION, null);
      return;
    }
    if (personShape) {
      add(work, p, from, to, null, null);
    }
  }

  /** Any gazetteer names inside a run ("Kirkuk" in an unknown compound); true when one was found. */
  private boolean knownParts(int p, Work work, int from, int to) {
    Token[] tokens = work.tokens;
    boolean found = false;
    int i = from;
    while (i < to) {
      // The longest name from i: walk its phrase as far as the run and the gazetteer go.
      int matched = -1;
      Gazetteer.Entry entry = null;
      Lexicon.Phrase phrase = tokens[i].word;
      for (int end = i + 1; phrase != null; end++) {
        if (phrase.name() != null) {
          matched = end;
          entry = phrase.name();
        }
        phrase = end < to ? phrase.then(tokens[end].word) : null;
      }
      if (matched > 0) {
        if (entry.type() != null) {
          add(work, p, i, matched, entry.type(), entry.canonical());
        }
        claim(tokens, i, matched);
        found = true;
        i = matched;
      } else {
        i++;
      }
    }
    return found;
  }

  /** Splits "US Marine Corps Brigadier General William H Seely III" into prefix, role and person. */
  private boolean splitTitle(int p, Work work, int from, int to, Set<String> lowerWords) {
    Token[] tokens = work.tokens;
    boolean[] title = new boolean[to - from];
    for (int i = from; i < to; ) {
      // The longest title from i.
      int matched = 0;
      Lexicon.Phrase phrase = tokens[i].word;
      for (int len = 1; phrase != null; len++) {
        if (phrase.isTitle()) {
          matched = len;
        }
        phrase = i + len < to ? phrase.then(tokens[i + len].word) : null;
      }
      if (matched > 0) {
        for (int k = i; k < i + matched; k++) {
          title[k - from] = true;
        }
        i += matched;
      } else {
        i++;
      }
    }
    int lastTitle = -1;
    for (int i = to - 1; i >= from; i--) {
      if (title[i - from]) {
        lastTitle = i;
        break;
      }
    }
    if (lastTitle < 0) {
      return false;
    }
    if (lastTitle == to - 1) {
      // Only a title ("the Prime Minister", "Secretary of Defense"): no name; a prefix may still be one.
      int firstTitle = lastTitle;
      while (firstTitle > from && title[firstTitle - 1 - from]) {
        firstTitle--;
      }
      if (firstTitle > from) {
        typeRun(p, work, from, firstTitle, lowerWords);
      }
      claim(tokens, firstTitle, to);
      return true;
    }
    int nameFrom = lastTitle + 1;
    if (!allNameWords(tokens, nameFrom, to) || to - nameFrom > 4) {
      return false;
    }
    for (int i = nameFrom; i < to; i++) {
      if (ORG_CUES.contains(tokens[i]) || LOCATION_CUES.contains(tokens[i])) {
        return false;
      }
    }
    Gazetteer.Entry known = knownName(tokens, nameFrom, to);
    if (known != null && known.type() != EntityType.PERSON) {
      return false;
    }
    int firstTitle = lastTitle;
    while (firstTitle > from && title[firstTitle - 1 - from]) {
      firstTitle--;
    }
    if (firstTitle > from) {
      typeRun(p, work, from, firstTitle, lowerWords);
    }
    Candidate person = add(work, p, nameFrom, to, EntityType.PERSON, known != null ? known.canonical() : null);
    person.role = text(tokens, from, lastTitle + 1);
    person.titled = true;
    claim(tokens, from, to);
    return true;
  }

  private static boolean allNameWords(Token[] tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens[i];
      if (!t.capitalised || t.hasDigit || t.norm.equals("of")) {
        if (!(i > from && i < to - 1 && NAME_PARTICLES.contains(t))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean speechVerbFollows(Token[] tokens, int to) {
    for (int i = to; i < Math.min(tokens.length, to + 2); i++) {
      Token t = tokens[i];
      if (t.isLowerWord() && SPEECH_VERBS.contains(t)) {
        return true;
      }
      if (!(t.isLowerWord() && (t.norm.endsWith("ly") || t.norm.equals("further") || t.norm.equals("also") || t.norm.equals("later")))) {
        return false;
      }
    }
    return false;
  }

  private static boolean roleNounBefore(Token[] tokens, int from) {
    return from > 0 && tokens[from - 1].isLowerWord() && ROLE_NOUNS.contains(tokens[from - 1]);
  }

  private Candidate add(Work work, int p, int from, int to, EntityType type, String canonical) {
    Candidate c = new Candidate(p, from, to, type);
    c.canonical = canonical;
    work.candidates.add(c);
    claim(work.tokens, from, to);
    return c;
  }

  private static void claim(Token[] tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      tokens[i].claimed = true;
    }
  }

  // ---------------------------------------------------------------- people across the article

  private Map<String, ArticleEntities.Person> resolvePeople(List<Work> works) {
    Map<String, String> fullNames = new LinkedHashMap<>();
    Map<String, List<String>> roles = new LinkedHashMap<>();
    Map<String, String> bySurname = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    Map<String, Candidate> acronyms = new HashMap<>();
    // Pass 1: full names (two words or more) and titled single names define the article's people.
    for (Work work : works) {
      if (work == null) {
        continue;
      }
      Token[] tokens = work.tokens;
      for (int ci = 0; ci < work.candidates.size(); ci++) {
        Candidate c = work.candidates.get(ci);
        if (c.type == EntityType.PERSON && (c.to - c.from >= 2 || c.canonical != null)) {
          String name = c.canonical != null ? c.canonical : text(tokens, c.from, c.to);
          String key = EntityKeys.personKey(name);
          c.key = key;
          c.name = name;
          fullNames.merge(key, name, (a, b) -> b.length() > a.length() ? b : a);
          String surname = EntityKeys.surnameOf(key);
          if (bySurname.containsKey(surname) && !bySurname.get(surname).equals(key)) {
            ambiguous.add(surname);
          }
          bySurname.put(surname, key);
        } else if (c.type == EntityType.ORGANIZATION || c.type == EntityType.LOCATION) {
          String name = c.canonical != null ? c.canonical : stripThe(text(tokens, c.from, c.to));
          c.name = name;
          c.key = EntityKeys.nameKey(name);
          // "International Zone (IZ)": the acronym in brackets stands for this name from here on.
          if (c.to + 2 < tokens.length && tokens[c.to].text.equals("(") && tokens[c.to + 1].isAcronym()
              && tokens[c.to + 2].text.equals(")")) {
            acronyms.put(tokens[c.to + 1].norm, c);
          }
        }
      }
    }
    // Pass 2: surnames and unknown capitalised words resolve to the article's people or well-known ones.
    for (Work work : works) {
      if (work == null) {
        continue;
      }
      for (Candidate c : work.candidates) {
        if ((c.type == EntityType.ORGANIZATION || c.type == EntityType.LOCATION) && c.to - c.from == 1
            && !bySurname.isEmpty() && !work.tokens[c.from].isAcronym()) {
          // "Bob Wellington ... Wellington said": a surname the article gave a person is that person, not the city.
          String surname = EntityKeys.personKey(work.tokens[c.from].text);
          if (bySurname.containsKey(surname) && !ambiguous.contains(surname)) {
            c.type = EntityType.PERSON;
            c.key = bySurname.get(surname);
            c.name = fullNames.get(c.key);
            continue;
          }
        }
        if (c.type == EntityType.ORGANIZATION || c.type == EntityType.LOCATION) {
          Token only = work.tokens[c.from];
          Candidate defined = c.to - c.from == 1 && only.isAcronym() ? acronyms.get(only.norm) : null;
          if (defined != null && defined != c) {
            c.type = defined.type;
            c.name = defined.name;
            c.key = defined.key;
          }
          continue;
        }
        if (c.type == EntityType.PERSON && c.key != null) {
          continue;
        }
        String surface = text(work.tokens, c.from, c.to);
        String folded = EntityKeys.personKey(surface);
        String surname = EntityKeys.surnameOf(folded);
        String key = null;
        String name = null;
        if (bySurname.containsKey(surname) && !ambiguous.contains(surname)) {
          key = bySurname.get(surname);
          name = fullNames.get(key);
        } else {
          String known = gazetteer.personBySurname(surname);
          if (known != null) {
            key = EntityKeys.personKey(known);
            name = known;
          } else if (c.type == EntityType.PERSON) {
            key = folded;
            name = surface;
          }
        }
        if (key == null || key.isEmpty()) {
          c.type = null;
          continue;
        }
        c.type = EntityType.PERSON;
        c.key = key;
        c.name = name;
      }
    }
    Map<String, ArticleEntities.Person> people = new TreeMap<>();
    Map<String, String> names = new HashMap<>();
    for (Work work : works) {
      if (work == null) {
        continue;
      }
      work.personAt = new Candidate[work.tokens.length];
      work.nameAt = new Candidate[work.tokens.length];
      for (Candidate c : work.candidates) {
        if (c.type == null) {
          continue;
        }
        for (int i = c.from; i < c.to; i++) {
          work.nameAt[i] = c;
          if (c.type == EntityType.PERSON) {
            work.personAt[i] = c;
          }
        }
        if (c.type == EntityType.PERSON) {
          c.name = fullNames.getOrDefault(c.key, c.name);
          names.merge(c.key, c.name, (a, b) -> b.length() > a.length() ? b : a);
          List<String> list = roles.computeIfAbsent(c.key, k -> new ArrayList<>());
          if (!c.role.isEmpty() && !list.contains(c.role)) {
            list.add(c.role);
          }
        }
      }
    }
    for (Map.Entry<String, String> e : names.entrySet()) {
      people.put(e.getKey(), new ArticleEntities.Person(e.getKey(), e.getValue(), roles.getOrDefault(e.getKey(), List.of())));
    }
    return people;
  }

  private static String stripThe(String name) {
    return name.startsWith("The ") || name.startsWith("the ") ? name.substring(4) : name;
  }

  // ---------------------------------------------------------------- quotes and speakers

  private List<List<Quote>> attributeQuotes(List<Work> works, Map<String, ArticleEntities.Person> people) {
    List<List<Quote>> result = new ArrayList<>(works.size());
    String lastSpeaker = null;
    String lastPersonSpeaker = null;
    String lastPerson = null;
    for (int p = 0; p < works.size(); p++) {
      Work work = works.get(p);
      if (work == null) {
        result.add(List.of());
        continue;
      }
      Token[] tokens = work.tokens;
      // Speech verbs in reading order, each resolved with what was said before it.
      List<Attribution> attributions = new ArrayList<>();
      // Who spoke last where each quote opens, for a quote that no speech verb near it attributes.
      String[] speakerAtOpen = new String[work.quotes.size()];
      int nextQuote = 0;
      for (int i = 0; i < tokens.length; i++) {
        if (nextQuote < speakerAtOpen.length && work.quotes.get(nextQuote)[0] == i) {
          speakerAtOpen[nextQuote++] = lastSpeaker;
        }
        Token t = tokens[i];
        if (!t.inQuote && work.personAt[i] != null && (i == 0 || work.personAt[i - 1] != work.personAt[i])) {
          lastPerson = work.personAt[i].key;
        }
        if (t.inQuote || !t.isLowerWord() || !SPEECH_VERBS.contains(t)) {
          continue;
        }
        String speaker = subject(work, i, people, lastPersonSpeaker, lastPerson);
        attributions.add(new Attribution(p, i, t.start, speaker));
        if (speaker != null) {
          lastSpeaker = speaker;
          if (!speaker.isEmpty()) {
            lastPersonSpeaker = speaker;
          }
        }
      }
      List<Quote> quotes = new ArrayList<>(work.quotes.size());
      for (int qi = 0; qi < work.quotes.size(); qi++) {
        int[] q = work.quotes.get(qi);
        int open = q[0];
        int close = q[1];
        int firstSentence = tokens[open].sentence;
        int lastSentence = close < tokens.length ? tokens[close].sentence : tokens[tokens.length - 1].sentence;
        int quoteStart = tokens[open].end;
        int quoteEnd = close < tokens.length ? tokens[close].start : work.paragraph.text().length();
        // The nearest resolved speech verb before or after the quote, within the quote's sentences.
        int at = firstAttributionFrom(attributions, quoteEnd);
        Attribution after = null;
        for (int k = at; k < attributions.size() && tokens[attributions.get(k).token()].sentence <= lastSentence; k++) {
          if (attributions.get(k).speakerKey() != null) {
            after = attributions.get(k);
            break;
          }
        }
        Attribution before = null;
        for (int k = at - 1; k >= 0 && tokens[attributions.get(k).token()].sentence >= firstSentence; k--) {
          if (attributions.get(k).offset() < quoteStart && attributions.get(k).speakerKey() != null) {
            before = attributions.get(k);
            break;
          }
        }
        Attribution best = before == null ? after
            : after == null ? before
            : quoteStart - before.offset() <= after.offset() - quoteEnd ? before : after;
        String speaker = best != null ? best.speakerKey() : speakerAtOpen[qi];
        if (speaker == null) {
          speaker = NOBODY;
        }
        Span span = trimmed(work.paragraph.text(), quoteStart, quoteEnd);
        String name = speaker.isEmpty() ? "" : people.containsKey(speaker) ? people.get(speaker).name() : speaker;
        quotes.add(new Quote(span.of(work.paragraph.text()), span, speaker, name));
      }
      result.add(quotes);
    }
    return result;
  }

  /** The index of the first attribution at or after {@code offset}; attributions are in text order. */
  private static int firstAttributionFrom(List<Attribution> attributions, int offset) {
    int low = 0;
    int high = attributions.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (attributions.get(mid).offset() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static Span trimmed(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  /** Whom the speech verb at token {@code v} credits: a person key, {@link #NOBODY}, or null when it cannot tell. */
  private String subject(Work work, int v, Map<String, ArticleEntities.Person> people, String lastPersonSpeaker, String lastPerson) {
    Token[] tokens = work.tokens;
    int sentence = tokens[v].sentence;
    String role = rolePhraseBefore(tokens, v, people);
    if (role != null) {
      return role;
    }
    boolean punctuationBetween = false;
    for (int k = v - 1; k >= Math.max(0, v - SCAN_WINDOW); k--) {
      Token t = tokens[k];
      if (t.sentence != sentence || t.kind == Token.Kind.QUOTE_MARK || t.inQuote) {
        break;
      }
      if (work.personAt[k] != null) {
        return work.personAt[k].key;
      }
      if (t.isWord() && PRONOUNS.contains(t)) {
        return lastPersonSpeaker != null ? lastPersonSpeaker : lastPerson;
      }
      if (t.isWord() && OTHER_PRONOUNS.contains(t) && k == v - 1) {
        return NOBODY;
      }
      if (!punctuationBetween && k >= v - 3 && t.isLowerWord() && work.nameAt[k] == null && NON_PERSON_SPEAKERS.contains(t)) {
        return documentAuthor(work, k) != null ? documentAuthor(work, k) : NOBODY;
      }
      if (!punctuationBetween && work.nameAt[k] != null && work.nameAt[k].type != EntityType.PERSON && k == v - 1) {
        // "The New York Times reported" credits the paper; "a letter to Iraq's Ministry of Defense informed" does not.
        boolean object = false;
        for (int b = work.nameAt[k].from - 1; b >= Math.max(0, work.nameAt[k].from - 3); b--) {
          object |= PREPOSITIONS.contains(tokens[b]);
        }
        if (!object) {
          return NOBODY;
        }
      }
      if (t.kind == Token.Kind.PUNCT) {
        punctuationBetween = true;
      }
    }
    for (int k = v + 1; k < Math.min(tokens.length, v + 12); k++) {
      Token t = tokens[k];
      if (t.sentence != sentence || t.kind == Token.Kind.QUOTE_MARK || t.inQuote) {
        break;
      }
      if (work.personAt[k] != null) {
        return work.personAt[k].key;
      }
      if (t.isLowerWord() && work.nameAt[k] == null && NON_PERSON_SPEAKERS.contains(t)) {
        String author = documentAuthor(work, k);
        return author != null ? author : NOBODY;
      }
    }
    return null;
  }

  /** "the letter from Marine Brig. Gen. William Seely", "the missive by ...": the person who wrote it, or null. */
  private static String documentAuthor(Work work, int noun) {
    Token[] tokens = work.tokens;
    if (noun + 1 < tokens.length && (tokens[noun + 1].norm.equals("by") || tokens[noun + 1].norm.equals("from"))) {
      for (int k = noun + 2; k < Math.min(tokens.length, noun + 10); k++) {
        if (work.personAt[k] != null) {
          return work.personAt[k].key;
        }
      }
    }
    return null;
  }

  /** "the defense secretary said": the article's person whose role has these words, or null. */
  private static String rolePhraseBefore(Token[] tokens, int v, Map<String, ArticleEntities.Person> people) {
    int k = v - 1;
    List<String> words = new ArrayList<>();
    while (k >= 0 && v - k <= 4 && tokens[k].isLowerWord() && !tokens[k].norm.equals("the")) {
      words.add(tokens[k].norm);
      k--;
    }
    if (words.isEmpty() || k < 0 || !tokens[k].norm.equals("the") || tokens[k].inQuote) {
      return null;
    }
    String found = null;
    for (ArticleEntities.Person person : people.values()) {
      for (String role : person.roles()) {
        Set<String> roleWords = new HashSet<>(List.of(Gazetteer.normalize(role).split(" ")));
        if (roleWords.containsAll(words)) {
          if (found != null && !found.equals(person.key())) {
            return null;
          }
          found = person.key();
        }
      }
    }
    return found;
  }

  // ---------------------------------------------------------------- dates

  private void findDates(Work work) {
    Token[] tokens = work.tokens;
    for (int i = 0; i < tokens.length; i++) {
      Token t = tokens[i];
      if (t.claimed) {
        continue;
      }
      if (t.capitalised && WEEKDAYS.contains(t)) {
        addDate(work, i, i + 1, t.norm);
        continue;
      }
      Integer month = t.capitalised && MONTH_NAMES.contains(t) ? MONTHS.get(t.norm) : null;
      if (month != null) {
        int end = i + 1;
        String key = null;
        if (end < tokens.length && tokens[end].kind == Token.Kind.NUMBER && day(tokens[end]) > 0) {
          int day = day(tokens[end]);
          end++;
          key = String.format(java.util.Locale.ROOT, "%02d-%02d", month, day);
          if (end + 1 < tokens.length && tokens[end].text.equals(",") && year(tokens[end + 1]) > 0) {
            key = year(tokens[end + 1]) + "-" + key;
            end += 2;
          } else if (end < tokens.length && year(tokens[end]) > 0) {
            key = year(tokens[end]) + "-" + key;
            end++;
          }
        } else if (end < tokens.length && year(tokens[end]) > 0) {
          key = year(tokens[end]) + "-" + String.format(java.util.Locale.ROOT, "%02d", month);
          end++;
        } else if (i > 0 && MONTH_PREPOSITIONS.contains(tokens[i - 1]) && t.norm.length() > 3) {
          key = "month " + month;
        }
        if (key != null) {
          addDate(work, i, end, key);
          i = end - 1;
        }
        continue;
      }
      int value = t.kind == Token.Kind.NUMBER ? wholeNumber(t.text)
          : (t.isLowerWord() || t.capitalised) && SPELLED_NUMBERS.contains(t) ? SPELLED.get(t.norm) : -1;
      if (value > 0 && i + 1 < tokens.length && !t.norm.equals("a") && TIME_UNIT_WORDS.contains(tokens[i + 1])) {
        String unit = TIME_UNITS.get(tokens[i + 1].norm);
        addDate(work, i, i + 2, value + " " + unit + (value == 1 ? "" : "s"));
        i++;
        continue;
      }
      if (year(t) > 0 && !(i > 0 && tokens[i - 1].text.equals("$"))) {
        Token next = i + 1 < tokens.length ? tokens[i + 1] : null;
        boolean counts = next != null && next.isLowerWord() && next.norm.length() > 3 && next.norm.endsWith("s")
            && !TIME_UNIT_WORDS.contains(next) && !COMMON_OPENERS.contains(next);
        if (!counts) {
          addDate(work, i, i + 1, t.text);
        }
      }
    }
  }

  private void addDate(Work work, int from, int to, String key) {
    Token[] tokens = work.tokens;
    Token first = tokens[from];
    Token last = tokens[to - 1];
    String surface = work.paragraph.text().substring(first.start, last.end);
    work.dates.add(new EntityMention(EntityType.DATE, key, surface, surface, new Span(first.start, last.end), ""));
    claim(tokens, from, to);
  }

  private static int day(Token t) {
    int value = wholeNumber(t.text);
    return value >= 1 && value <= 31 && t.text.length() <= 2 ? value : -1;
  }

  private static int year(Token t) {
    if (t.kind != Token.Kind.NUMBER || t.text.length() != 4) {
      return -1;
    }
    int value = wholeNumber(t.text);
    return value >= 1800 && value <= 2100 ? value : -1;
  }

  private static int wholeNumber(String text) {
    if (text.isEmpty() || text.length() > 9) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',') {
        continue;
      }
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  // ---------------------------------------------------------------- numbers

  private void findQuantities(Work work) {
    if (!work.digits) {
      return;
    }
    Token[] tokens = work.tokens;
    String text = work.paragraph.text();
    for (int i = 0; i < tokens.length; i++) {
      Token t = tokens[i];
      if (t.claimed) {
        continue;
      }
      String digits;
      double suffixMultiplier = 1;
      if (t.kind == Token.Kind.NUMBER) {
        digits = t.text;
      } else if (t.isWord() && t.hasDigit && numberWithSuffix(t.norm) > 0) {
        int cut = numberWithSuffix(t.norm);
        digits = t.text.substring(0, cut);
        suffixMultiplier = MULTIPLIERS.get(t.norm.substring(cut));
      } else if (t.isWord() && t.hasDigit && t.norm.endsWith("-plus") && Tokenizer.isNumber(t.text.substring(0, t.text.length() - 5))) {
        digits = t.text.substring(0, t.text.length() - 5);
      } else {
        continue;
      }
      if (i > 0 && (tokens[i - 1].end == t.start) && tokens[i - 1].isWord()) {
        continue; // part of a model number or a code
      }
      double value;
      try {
        value = Double.parseDouble(digits.replace(",", ""));
      } catch (NumberFormatException e) {
        continue;
      }
      value *= suffixMultiplier;
      int end = i + 1;
      String unit = "";
      if (i > 0 && (tokens[i - 1].text.equals("$") || tokens[i - 1].text.equals("£") || tokens[i - 1].text.equals("€"))) {
        unit = switch (tokens[i - 1].text) {
          case "$" -> "dollar";
          case "£" -> "pound";
          default -> "euro";
        };
      }
      if (end < tokens.length && MULTIPLIER_WORDS.contains(tokens[end])
          && (tokens[end].start > t.end ? !tokens[end].norm.equals("m") && !tokens[end].norm.equals("k") : true)) {
        value *= MULTIPLIERS.get(tokens[end].norm);
        end++;
      }
      if (end < tokens.length && (tokens[end].text.equals("%") || tokens[end].norm.equals("percent"))) {
        unit = "percent";
        end++;
      } else if (unit.isEmpty()) {
        int k = end;
        while (k < tokens.length && k < end + 3 && (tokens[k].capitalised || (tokens[k].isLowerWord() && tokens[k].text.indexOf('-') > 0))) {
          k++;
        }
        if (k < tokens.length && tokens[k].isLowerWord() && !COMMON_OPENERS.contains(tokens[k]) && tokens[k].text.indexOf('-') < 0) {
          unit = singular(tokens[k].norm);
          end = k + 1;
        }
      }
      Token last = tokens[end - 1];
      int start = i > 0 && !unit.isEmpty() && tokens[i - 1].kind == Token.Kind.PUNCT && tokens[i - 1].end == t.start
          && "$£€".contains(tokens[i - 1].text) ? tokens[i - 1].start : t.start;
      if (!Double.isFinite(value)) {
        continue;
      }
      work.quantities.add(new Quantity(value, unit, text.substring(start, last.end), new Span(start, last.end)));
      claim(tokens, i, end);
      i = end - 1;
    }
  }

  /** "1.13bn", "600m", "5k": where the digits end, or -1 when the word is not a number with a multiplier suffix. */
  private static int numberWithSuffix(String word) {
    int i = 0;
    while (i < word.length() && (Character.isDigit(word.charAt(i)) || word.charAt(i) == ',' || word.charAt(i) == '.')) {
      i++;
    }
    return i > 0 && i < word.length() && Character.isDigit(word.charAt(0)) && MULTIPLIERS.containsKey(word.substring(i))
        && Tokenizer.isNumber(word.substring(0, i)) ? i : -1;
  }

  static String singular(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 4 && (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("ches"))) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
