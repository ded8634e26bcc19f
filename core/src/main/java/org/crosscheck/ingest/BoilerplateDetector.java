package org.crosscheck.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a paragraph is page furniture rather than reporting. Each rule recognises one
 * {@link Boilerplate} kind by the shape news sites give it, never by the words of one site, so the
 * rules carry over to outlets crosscheck has not seen. Stateless and thread-safe.
 */
public final class BoilerplateDetector {

  /** Paragraphs longer than this are always reporting: prompts and credits are short. */
  private static final int MAX_BOILERPLATE_WORDS = 80;

  /** In a long paragraph, one subscription cue per this many words marks a stack of prompts. */
  private static final int CUE_DENSITY_WORDS = 25;

  /** Author biographies stand among the last few paragraphs of a page. */
  private static final int BIO_ZONE = 4;

  private static final Pattern ADVERTISEMENT = Pattern.compile(
      "^[\\p{Pd}*\\s]*(advertisement|advertising|sponsored( content)?|ad)[\\p{Pd}*\\s]*$", Pattern.CASE_INSENSITIVE);

  private static final Pattern NAVIGATION_LINE = Pattern.compile(
      "^(related( content| stories| articles| coverage| links| reading)?|in other news|more (from|on|in) [^.]{1,40}"
          + "|load more|recommended( for you| stories)?|trending( now| stories)?|see also|most (read|popular)"
          + "|you (may|might) also like|top stories|latest news|share this( article| story)?|follow us[^.]*)\\s*:?$",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern READ_MORE = Pattern.compile(
      "^(read|see|watch|listen to) (more|the full story|full coverage|the original)\\b[^.]{0,60}[.:]?$", Pattern.CASE_INSENSITIVE);

  private static final Pattern SUBSCRIPTION_CUE = Pattern.compile(
      "\\b(subscrib(e|es|ing)|newsletters?|sign up|inbox|terms of (use|service)|privacy policy|unsubscribe|daily (news )?email)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern CALL_TO_ACTION_START = Pattern.compile(
      "^(subscribe|sign up|join (us|our)|get (our|the latest)|don[’']t miss|never miss|register (now|today|for))\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern PAGE_CONTROL_CUE = Pattern.compile(
      "\\b(click (on )?(the|this|here)|tap (the|here)|browse (categories|topics)|personali[sz]e (your )?news|upgrade your experience|load more)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * A closing parenthetical that credits a photograph: "(Photo: … via AP)", "(Name/Agency via Getty
   * Images)", "(AP Photo/Jane Doe)". A slash alone is not enough: "(Twentieth Century Fox, BBC
   * Two/Sky One)" lists broadcasters.
   */
  private static final Pattern PHOTO_CREDIT = Pattern.compile(
      "\\(((photo|image|picture|credit|photograph)s?( by|:)[^()]*|[^()]*\\bvia\\s+[^()]{2,40}"
          + "|[^()]*\\b(getty images|ap photo|afp photo|reuters photo|epa|shutterstock|associated press)\\b[^()]*)\\)\\s*$",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern CREDIT_LINE = Pattern.compile(
      "^[\\p{Pd}\\s]*([^.]{2,80}\\b(contributed|contributing) (to )?(this|the) (story|report|article|reporting)"
          + "|(additional )?(reporting|writing|editing) by\\b[^.]{0,80})\\.?$",
      Pattern.CASE_INSENSITIVE);

  /**
   * "Name Surname is (a|the) [up to four words] reporter…": the role is what the sentence says the
   * person is, not a word somewhere later ("Tony Blair is likely to …, the political editor has
   * learned" is news).
   */
  private static final Pattern AUTHOR_BIO = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'’.\\-]+\\s){1,3}(?i:(is|was|has been|writes as)\\s+((a|an|the|our)\\s+)?([\\p{L}\\-]+\\s+){0,4}?"
          + "(reporter|editor|correspondent|writer|journalist|columnist|contributor|producer|bureau chief|author)s?\\b)");

  /** Lines that start like list items: "- Spend three years on probation", "2) Appeal". */
  private static final Pattern LIST_ITEM = Pattern.compile("^([\\p{Pd}•*·]|\\d{1,2}[.)])\\s");

  /**
   * Classifies one paragraph.
   *
   * @param text the paragraph's text
   * @param index its place among the article's paragraphs, from 0
   * @param count how many paragraphs the article has
   */
  public Boilerplate classify(String text, int index, int count) {
    String trimmed = text.strip();
    Shape shape = Shape.of(trimmed);
    // Nearly every paragraph is one line: it is its own only line, with no list to build.
    List<String> lines = shape.lineBreak() ? lines(trimmed) : trimmed.isEmpty() ? List.of() : List.of(trimmed);
    if (lines.isEmpty()) {
      return Boilerplate.PAGE_CHROME;
    }
    int words = shape.words();
    if (words > MAX_BOILERPLATE_WORDS) {
      // Only a stack of prompts and page controls runs this long; its cues tell it from reporting.
      if (isSubscriptionPrompt(trimmed, words, shape)) {
        return Boilerplate.SUBSCRIPTION_PROMPT;
      }
      return isPageChrome(lines, words, trimmed) ? Boilerplate.PAGE_CHROME : Boilerplate.NONE;
    }
    if (allMatch(lines, ADVERTISEMENT, ADVERTISEMENT_STARTS)) {
      return Boilerplate.ADVERTISEMENT;
    }
    if (allMatch(lines, NAVIGATION_LINE, NAVIGATION_LINE_STARTS)) {
      return Boilerplate.RELATED_LINKS;
    }
    if (lines.size() == 1 && mayStartWith(trimmed, READ_MORE_STARTS) && READ_MORE.matcher(trimmed).matches()) {
      return Boilerplate.READ_MORE;
    }
    if (isSubscriptionPrompt(trimmed, words, shape)) {
      return Boilerplate.SUBSCRIPTION_PROMPT;
    }
    if (mayEndWithPhotoCredit(trimmed) && PHOTO_CREDIT.matcher(trimmed).find()) {
      return Boilerplate.PHOTO_CAPTION;
    }
    if (lines.size() == 1 && mayBeCreditLine(trimmed, shape) && CREDIT_LINE.matcher(trimmed).matches()) {
      return Boilerplate.CONTRIBUTOR_CREDIT;
    }
    // The pattern opens with ^, so it can only match at the start: lookingAt does not try every other place.
    if (index > 0 && index >= count - BIO_ZONE && AUTHOR_BIO.matcher(trimmed).lookingAt()) {
      return Boilerplate.AUTHOR_BIO;
    }
    if (isPageChrome(lines, words, trimmed)) {
      return Boilerplate.PAGE_CHROME;
    }
    return Boilerplate.NONE;
  }

  /*
   * The characters a line must open with, lower-cased, for the pattern of the same name to match it:
   * its leading class ([\p{Pd}*\s] has '-' as its only ASCII dash) and the first letters of its
   * words. Reporting opens with other letters, so the pattern is not run on it at all.
   */
  private static final String ADVERTISEMENT_STARTS = "-* \t\n\u000B\f\ras";
  private static final String NAVIGATION_LINE_STARTS = "rimltsyf";
  private static final String READ_MORE_STARTS = "rswl";

  /**
   * False when a line opens with an ASCII character that is not in {@code starts}, compared in lower
   * case as the patterns are case-blind. Any other character is left to the pattern: Unicode dashes
   * and spaces are too many to list, and this only has to rule out ordinary reporting.
   */
  static boolean mayStartWith(String line, String starts) {
    char first = line.charAt(0);
    if (first >= 0x80) {
      return true;
    }
    return starts.indexOf(first >= 'A' && first <= 'Z' ? (char) (first | 0x20) : first) >= 0;
  }

  /** Whether every line matches a pattern anchored at the line's start that needs one of {@code starts} first. */
  private static boolean allMatch(List<String> lines, Pattern pattern, String starts) {
    for (String line : lines) {
      if (!mayStartWith(line, starts) || !pattern.matcher(line).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * False when the line cannot match {@link #CREDIT_LINE}: when a '.' stands anywhere but at the end
   * (no part of the pattern matches a '.' except its optional closing one), which rules out every
   * paragraph of two sentences or more, or when it holds neither of the words the pattern needs.
   */
  static boolean mayBeCreditLine(String line, Shape shape) {
    int dot = line.indexOf('.');
    if (dot >= 0 && dot < line.length() - 1) {
      return false;
    }
    // "contributed"/"contributing", or "reporting by", "writing by", "editing by".
    return shape.asciiLower().contains("contribut") || shape.asciiLower().contains("ing by");
  }

  /**
   * False when the text cannot match {@link #PHOTO_CREDIT}, which must close it: only white space
   * may follow the ')', and the stripped text ends in no white space, so the ')' ends the text
   * unless a final U+0085 does (a line end to {@code $} that {@link String#strip} keeps). Most
   * reporting ends in '.', and the costly search over the whole paragraph is never run on it.
   */
  static boolean mayEndWithPhotoCredit(String trimmed) {
    char last = trimmed.charAt(trimmed.length() - 1);
    return last == ')' || last == '\u0085';
  }

  /**
   * Two or more subscription cues in a short paragraph, or one when it opens with a call to action;
   * a longer paragraph counts only when the cues are dense (a stack of prompts, not a story about
   * subscriptions).
   */
  private static boolean isSubscriptionPrompt(String text, int words, Shape shape) {
    if (!mayHoldSubscriptionCue(shape)) {
      return false;
    }
    Matcher cues = SUBSCRIPTION_CUE.matcher(text);
    int found = 0;
    while (cues.find()) {
      found++;
    }
    if (words > MAX_BOILERPLATE_WORDS) {
      return found * CUE_DENSITY_WORDS >= words;
    }
    // The pattern opens with ^: lookingAt answers as find would without trying every other place.
    return found >= 2 || (found == 1 && CALL_TO_ACTION_START.matcher(text).lookingAt());
  }

  /**
   * Words one of which every {@link #SUBSCRIPTION_CUE} contains, in lower case. "terms of" and
   * "email" alone would be shorter, but reporting says "in terms of" and "an email" often enough
   * for the costly search to be worth sparing.
   */
  private static final List<String> SUBSCRIPTION_CUE_WORDS = List.of("subscrib", "newsletter", "sign up", "inbox",
      "terms of use", "terms of service", "privacy policy", "daily email", "daily news email");

  /**
   * False when no subscription cue can be in the text. Most paragraphs are reporting with no cue,
   * and a few substring searches rule that out much faster than the case-blind regular expression.
   */
  private static boolean mayHoldSubscriptionCue(Shape shape) {
    for (String word : SUBSCRIPTION_CUE_WORDS) {
      if (shape.asciiLower().contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What classifying needs to know of every paragraph, learnt in one pass over its characters rather
   * than one pass each: counting words, looking for line breaks and lower-casing the whole text
   * (with every Unicode rule) to look for subscription cues were together the costliest part of
   * parsing an article.
   *
   * @param words how many runs of letters and digits the text holds
   * @param lineBreak whether the text holds a character that {@link #lines} breaks at
   * @param asciiLower the text with ASCII letters lower-cased and every non-ASCII character as U+0000,
   *     in which to look for the words a case-blind pattern needs: such a pattern folds ASCII letters
   *     only (none has UNICODE_CASE), so whatever it matches is ASCII and shows here in lower case
   */
  record Shape(int words, boolean lineBreak, String asciiLower) {

    static Shape of(String text) {
      int length = text.length();
      byte[] asciiLower = new byte[length];
      int words = 0;
      int inWord = 0;
      boolean lineBreak = false;
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        int wordChar;
        if (c < 0x80) {
          // ASCII, most of the text, answered from a table without Character's lookups or branches.
          wordChar = ASCII_WORD_CHAR[c];
          asciiLower[i] = ASCII_LOWER[c];
        } else {
          wordChar = Character.isLetterOrDigit(c) ? 1 : 0;
        }
        lineBreak |= isLineBreak(c);
        words += wordChar & ~inWord; // a word starts where a letter or digit follows anything else
        inWord = wordChar;
      }
      return new Shape(words, lineBreak, new String(asciiLower, StandardCharsets.ISO_8859_1));
    }

    /** 1 for the ASCII letters and digits, 0 for every other ASCII character. */
    private static final byte[] ASCII_WORD_CHAR = new byte[0x80];
    /** Each ASCII character, upper-case letters lower-cased. */
    private static final byte[] ASCII_LOWER = new byte[0x80];

    static {
      for (char c = 0; c < 0x80; c++) {
        ASCII_WORD_CHAR[c] = (byte) ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? 1 : 0);
        ASCII_LOWER[c] = (byte) (c >= 'A' && c <= 'Z' ? c | 0x20 : c);
      }
    }
  }

  /**
   * Several short lines without sentence ends, or lines of page controls: a promotional box or a
   * widget. Reporting never breaks a paragraph into such lines.
   */
  private static boolean isPageChrome(List<String> lines, int words, String text) {
    if (lines.size() < 2) {
      return false; // every rule below needs two lines or more
    }
    int listItems = 0;
    for (String line : lines) {
      if (LIST_ITEM.matcher(line).lookingAt()) { // opens with ^: only the start can match
        listItems++;
      }
    }
    if (listItems * 2 > lines.size()) {
      return false; // a list in the story: sentences too, just set out one per line
    }
    if (lines.size() >= 3 && PAGE_CONTROL_CUE.matcher(text).find()) {
      return true;
    }
    if (lines.size() == 2 && words <= MAX_BOILERPLATE_WORDS && PAGE_CONTROL_CUE.matcher(text).find()) {
      return true;
    }
    return lines.size() >= 3 && (double) words / lines.size() <= 8.0;
  }

  /**
   * The text's lines, stripped, blank ones left out: what splitting at {@code \\R} gives, without
   * a regular expression and a stream for every paragraph.
   */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(1);
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || isLineBreak(text.charAt(i))) {
        String line = text.substring(start, i).strip();
        if (!line.isEmpty()) {
          lines.add(line);
        }
        start = i + 1;
      }
    }
    return lines;
  }

  /**
   * The characters {@code \\R} matches (its {@code \\r\\n} pair is two breaks with nothing between):
   * the four from {@code \\n} to {@code \\r}, and three beyond ASCII.
   */
  private static boolean isLineBreak(char c) {
    return c <= '\r' ? c >= '\n' : c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029');
  }
}
