package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule on text of other sites than the seeds, and reporting that looks like furniture but is not. */
class BoilerplateDetectorTest {
  private final BoilerplateDetector detector = new BoilerplateDetector();

  private Boilerplate classify(String text) {
    return detector.classify(text, 5, 10);
  }

  @Test
  void advertisementMarkers() {
    assertEquals(Boilerplate.ADVERTISEMENT, classify("— ADVERTISEMENT —"));
    assertEquals(Boilerplate.ADVERTISEMENT, classify("Sponsored content"));
  }

  @Test
  void subscriptionPrompts() {
    assertEquals(Boilerplate.SUBSCRIPTION_PROMPT, classify("Sign up for our daily newsletter."));
    assertEquals(Boilerplate.SUBSCRIPTION_PROMPT, classify("Get the news in your inbox. Subscribe now."));
  }

  @Test
  void linkListsAndReadMore() {
    assertEquals(Boilerplate.RELATED_LINKS, classify("Related Stories"));
    assertEquals(Boilerplate.RELATED_LINKS, classify("Most Read\nYou may also like"));
    assertEquals(Boilerplate.READ_MORE, classify("Read more from The Guardian:"));
    assertEquals(Boilerplate.READ_MORE, classify("See the full story at Reuters."));
  }

  @Test
  void photoCaptionsAndCredits() {
    assertEquals(Boilerplate.PHOTO_CAPTION, classify("Troops board a plane at dawn. (AP Photo/Jane Doe)"));
    assertEquals(Boilerplate.PHOTO_CAPTION, classify("The minister arrives. (Photo by John Roe/Getty Images)"));
    assertEquals(Boilerplate.CONTRIBUTOR_CREDIT, classify("Reuters contributed to this report."));
    assertEquals(Boilerplate.CONTRIBUTOR_CREDIT, classify("Additional reporting by Ann Lee in Paris"));
  }

  @Test
  void authorBiosOnlyAtTheFootOfThePage() {
    String bio = "Jane Doe is a staff writer covering defense for the Daily Planet.";
    assertEquals(Boilerplate.AUTHOR_BIO, detector.classify(bio, 9, 10));
    assertEquals(Boilerplate.NONE, detector.classify(bio, 1, 10));
  }

  @Test
  void promotionalBoxesBrokenIntoShortLines() {
    assertEquals(Boilerplate.PAGE_CHROME, classify("Support our\nindependent\njournalism.\nDonate today"));
  }

  @Test
  void reportingStaysBody() {
    assertEquals(Boilerplate.NONE, classify("The newspaper said its subscription revenue rose 4% last year."));
    assertEquals(Boilerplate.NONE, classify("Smith (pictured) told reporters the plan was dead."));
    assertEquals(Boilerplate.NONE, classify("Related talks in Geneva ended without agreement, officials said."));
    assertEquals(Boilerplate.NONE, classify("He was a reporter for the Times before he entered politics in 1998, aides said, and he "
        + "still calls himself one."));
  }

  /** Sentences of BBC news stories that earlier rules mistook for furniture. */
  @Test
  void newsThatLooksLikeFurnitureStaysBody() {
    assertEquals(Boilerplate.NONE, detector.classify("Writer Tony Cowell is among the judges who will hear aspiring writers read"
        + " their work aloud. The winner gets a deal with literary agency Curtis Brown.", 1, 3));
    assertEquals(Boilerplate.NONE, detector.classify("Tony Blair is likely to name 5 May as election day when Parliament returns"
        + " from its Easter break, the BBC's political editor has learned.", 0, 3));
    assertEquals(Boilerplate.NONE, detector.classify("Director Quentin Tarantino is in talks to write and direct a new instalment,"
        + " according to the Hollywood Reporter.", 1, 2));
    assertEquals(Boilerplate.NONE, classify("The Simpsons (Twentieth Century Fox, BBC Two/Sky One/Channel 4)"));
    assertEquals(Boilerplate.NONE, classify("Caroline Quentin (Life Begins/ Von Trapped, ITV1)"));
    assertEquals(Boilerplate.NONE, classify("- Spend three years on probation\n- Have one year's anger management counselling\n"
        + "- Have one year's drug rehabilitation\n- Do 100 hours community service"));
    assertEquals(Boilerplate.NONE, classify("BT has struggled to maintain its market share of broadband subscribers as more"
        + " competitors sign up customers."));
  }

  @Test
  void bylinesOfTheKindBbcTechnologyPagesCarryAreBios() {
    assertEquals(Boilerplate.AUTHOR_BIO, detector.classify(
        "Clark Boyd is technology correspondent for The World, a BBC World Service and WGBH-Boston co-production.", 6, 7));
    assertEquals(Boilerplate.AUTHOR_BIO, detector.classify("Owain Bennallack is the editor of Develop magazine.", 9, 10));
  }

  /*
   * Cheap tests rule a pattern out before it runs (the first character a line needs, a '.' before
   * the end, the words a pattern needs, the ')' that ends a photo credit): each must let through
   * every text the pattern matches, whatever its case, its dashes or its line breaks.
   */

  @Test
  void patternsThatNeedCertainFirstCharactersMatchInAnyCaseAndAfterDashesOrStars() {
    assertEquals(Boilerplate.ADVERTISEMENT, classify("ADVERTISING"));
    assertEquals(Boilerplate.ADVERTISEMENT, classify("* * * advertisement"));
    assertEquals(Boilerplate.ADVERTISEMENT, classify("-- Ad --"));
    assertEquals(Boilerplate.ADVERTISEMENT, classify("\u2014 Sponsored \u2014"));
    assertEquals(Boilerplate.RELATED_LINKS, classify("TOP STORIES"));
    assertEquals(Boilerplate.RELATED_LINKS, classify("follow us on X:"));
    assertEquals(Boilerplate.READ_MORE, classify("LISTEN TO the original"));
    assertEquals(Boilerplate.READ_MORE, classify("Watch more"));
  }

  @Test
  void cuesAreFoundInAnyMixOfCase() {
    assertEquals(Boilerplate.SUBSCRIPTION_PROMPT, classify("SIGN UP FOR OUR DAILY NEWSLETTER."));
    assertEquals(Boilerplate.SUBSCRIPTION_PROMPT, classify("sUbScRiBe to our NewsLetter"));
    assertEquals(Boilerplate.SUBSCRIPTION_PROMPT, classify("By signing up you agree to our Terms of Use and Privacy Policy."));
    assertEquals(Boilerplate.SUBSCRIPTION_PROMPT, classify("Sign up for our Daily Email"));
    assertEquals(Boilerplate.CONTRIBUTOR_CREDIT, classify("REPORTING BY JO BLOGGS"));
    assertEquals(Boilerplate.CONTRIBUTOR_CREDIT, classify("AP CONTRIBUTED TO THIS REPORT."));
  }

  @Test
  void reportingThatSaysTermsOfOrEmailStaysBody() {
    assertEquals(Boilerplate.NONE, classify("In terms of sales, the firm said an email from its chief was clear."));
  }

  @Test
  void everyLineBreakSeparatesLines() {
    for (String lineBreak : List.of("\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029")) {
      assertEquals(Boilerplate.RELATED_LINKS, classify("Most Read" + lineBreak + "You may also like"),
          "U+%04X".formatted((int) lineBreak.charAt(0)));
    }
  }

  /** {@code $} matches before a final U+0085, which strip() keeps: the credit then does not end the text. */
  @Test
  void photoCreditBeforeAFinalNextLineCharacter() {
    assertEquals(Boilerplate.PHOTO_CAPTION, classify("Troops board a plane at dawn. (AP Photo/Jane Doe) \u0085"));
  }

  /** Two cues make a short paragraph a prompt, not a long one: words of non-ASCII letters count too. */
  @Test
  void wordsOfNonAsciiLettersCountTowardsTheLengthOfAPrompt() {
    String prompt = "Sign up for our newsletter";
    assertEquals(Boilerplate.SUBSCRIPTION_PROMPT, classify(prompt + " été".repeat(80 - 5)));
    assertEquals(Boilerplate.NONE, classify(prompt + " été".repeat(81 - 5)));
  }
}
