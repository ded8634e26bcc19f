package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    List<String> lines = lines(trimmed);
    if (lines.isEmpty()) {
      return Boilerplate.PAGE_CHROME;
    }
    int words = wordCount(trimmed);
    if (words > MAX_BOILERPLATE_WORDS) {
      // Only a stack of prompts and page controls runs this long; its cues tell it from reporting.
      if (isSubscriptionPrompt(trimmed, words)) {
        return Boilerplate.SUBSCRIPTION_PROMPT;
      }
      return isPageChrome(lines, words, trimmed) ? Boilerplate.PAGE_CHROME : Boilerplate.NONE;
    }
    if (lines.stream().allMatch(l -> ADVERTISEMENT.matcher(l).matches())) {
      return Boilerplate.ADVERTISEMENT;
    }
    if (lines.stream().allMatch(l -> NAVIGATION_LINE.matcher(l).matches())) {
      return Boilerplate.RELATED_LINKS;
    }
    if (lines.size() == 1 && READ_MORE.matcher(trimmed).matches()) {
      return Boilerplate.READ_MORE;
    }
    if (isSubscriptionPrompt(trimmed, words)) {
      return Boilerplate.SUBSCRIPTION_PROMPT;
    }
    // The credit is in brackets: without a '(' the costly search over the whole paragraph cannot match.
    if (trimmed.indexOf('(') >= 0 && PHOTO_CREDIT.matcher(trimmed).find()) {
      return Boilerplate.PHOTO_CAPTION;
    }
    if (lines.size() == 1 && CREDIT_LINE.matcher(trimmed).matches()) {
      return Boilerplate.CONTRIBUTOR_CREDIT;
    }
    if (index > 0 && index >= count - BIO_ZONE && AUTHOR_BIO.matcher(trimmed).find()) {
      return Boilerplate.AUTHOR_BIO;
    }
    if (isPageChrome(lines, words, trimmed)) {
      return Boilerplate.PAGE_CHROME;
    }
    return Boilerplate.NONE;
  }

  /**
   * Two or more subscription cues in a short paragraph, or one when it opens with a call to action;
   * a longer paragraph counts only when the cues are dense (a stack of prompts, not a story about
   * subscriptions).
   */
  private static boolean isSubscriptionPrompt(String text, int words) {
    if (!mayHoldSubscriptionCue(text)) {
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
    return found >= 2 || (found == 1 && CALL_TO_ACTION_START.matcher(text).find());
  }

  /** Words one of which every {@link #SUBSCRIPTION_CUE} contains, in lower case. */
  private static final List<String> SUBSCRIPTION_CUE_WORDS =
      List.of("subscrib", "newsletter", "sign up", "inbox", "terms of", "privacy policy", "email");

  /**
   * False when no subscription cue can be in the text. Most paragraphs are reporting with no cue,
   * and a few substring searches rule that out much faster than the case-blind regular expression,
   * which was the costliest step of parsing an article.
   */
  private static boolean mayHoldSubscriptionCue(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : SUBSCRIPTION_CUE_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Several short lines without sentence ends, or lines of page controls: a promotional box or a
   * widget. Reporting never breaks a paragraph into such lines.
   */
  private static boolean isPageChrome(List<String> lines, int words, String text) {
    if (lines.stream().filter(l -> LIST_ITEM.matcher(l).find()).count() * 2 > lines.size()) {
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

  /** The characters {@code \\R} matches (its {@code \\r\\n} pair is two breaks with nothing between). */
  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // ASCII, most of the text, answered without Character's table lookup.
      boolean letterOrDigit = c < 0x80
          ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          : Character.isLetterOrDigit(c);
      if (letterOrDigit && !inWord) {
        count++;
      }
      inWord = letterOrDigit;
    }
    return count;
  }
}
