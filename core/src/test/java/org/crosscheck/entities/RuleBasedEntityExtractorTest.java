package org.crosscheck.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.crosscheck.Span;
import org.junit.jupiter.api.Test;

class RuleBasedEntityExtractorTest {

  private static List<String> keys(ParagraphEntities paragraph, EntityType type) {
    return paragraph.mentions(type).stream().map(EntityMention::key).toList();
  }

  @Test
  void titlesGoIntoTheRoleAndSurnamesResolveWithinTheArticle() {
    ArticleEntities entities = Articles.extract(
        "Defense Secretary Mark Esper told reporters on Monday that nothing had changed.",
        "Esper said the troops would stay.");
    EntityMention full = entities.paragraph(1).mentions(EntityType.PERSON).getFirst();
    assertEquals("Mark Esper", full.surface());
    assertEquals("Defense Secretary", full.role());
    assertEquals(new Span(18, 28), full.span());
    EntityMention surname = entities.paragraph(2).mentions(EntityType.PERSON).getFirst();
    assertEquals("Esper", surname.surface());
    assertEquals(full.key(), surname.key());
    assertEquals("Mark Esper", surname.name());
    assertEquals(List.of("Defense Secretary"), entities.people().get(full.key()).roles());
  }

  @Test
  void aSurnameThatIsAlsoAPlaceIsThePerson() {
    ArticleEntities entities = Articles.extract("Council leader Bob Wellington spoke in Cardiff.", "Wellington said the deal was fair.");
    assertEquals(List.of("bob welington"), keys(entities.paragraph(2), EntityType.PERSON));
    assertTrue(entities.paragraph(2).mentions(EntityType.LOCATION).isEmpty());
    assertEquals(List.of("cardiff"), keys(entities.paragraph(1), EntityType.LOCATION));
  }

  @Test
  void spellingVariantsShareOneKey() {
    ArticleEntities a = Articles.extract("Iranian Gen. Qassem Soleimani was killed near the U.S. base, ISIS said.");
    ArticleEntities b = Articles.extract("Quds Force chief Qasem Soleimani met United States officials about the Islamic State and ISIL.");
    assertEquals(keys(a.paragraph(1), EntityType.PERSON), keys(b.paragraph(1), EntityType.PERSON));
    assertEquals("united states", keys(a.paragraph(1), EntityType.LOCATION).getFirst());
    assertEquals(List.of("united states"), keys(b.paragraph(1), EntityType.LOCATION));
    assertEquals(Set.of("islamic state", "quds force"), Set.copyOf(keys(b.paragraph(1), EntityType.ORGANIZATION)));
    assertEquals(List.of("islamic state"), keys(a.paragraph(1), EntityType.ORGANIZATION));
    ArticleEntities c = Articles.extract("US Marine Corps Brigadier General William H Seely III sent the letter.");
    ArticleEntities d = Articles.extract("The letter came from Marine Brig. Gen. William Seely.");
    assertEquals(keys(c.paragraph(1), EntityType.PERSON), keys(d.paragraph(1), EntityType.PERSON));
    assertEquals("Brigadier General", c.paragraph(1).mentions(EntityType.PERSON).getFirst().role());
    assertEquals(List.of("marine corps"), keys(c.paragraph(1), EntityType.ORGANIZATION));
  }

  @Test
  void speakersComeFromNamesPronounsRolesAndContinuation() {
    ArticleEntities entities = Articles.extract(
        "Secretary of Defense Mark Esper spoke first. Gen. Mark Milley, the chairman of the Joint Chiefs of Staff, spoke later.",
        "“There’s been no decision whatsoever to leave Iraq,” the defense secretary said, adding, \"there's no decision to leave.\"",
        "“It was a mistake, an honest mistake,” Milley told reporters.",
        "“It shouldn't have been sent,” he said.",
        "“We respect your sovereign decision to order our departure,” concluded the memo.",
        "“Moving forward, this is not going to lead to a good outcome.");
    assertEquals(List.of("mark esper", "mark esper"), entities.paragraph(2).quotes().stream().map(Quote::speakerKey).toList());
    assertEquals("there's no decision to leave.", entities.paragraph(2).quotes().get(1).text());
    assertEquals("mark miley", entities.paragraph(3).quotes().getFirst().speakerKey());
    assertEquals("Mark Milley", entities.paragraph(3).quotes().getFirst().speaker());
    assertEquals("mark miley", entities.paragraph(4).quotes().getFirst().speakerKey());
    assertEquals("", entities.paragraph(5).quotes().getFirst().speakerKey());
    Quote unclosed = entities.paragraph(6).quotes().getFirst();
    assertEquals("Moving forward, this is not going to lead to a good outcome.", unclosed.text());
    assertEquals("", unclosed.speakerKey(), "continues the memo, which is nobody");
  }

  @Test
  void numbersAreNormalisedWithWhatTheyCount() {
    ParagraphEntities p = Articles.extract(
        "About 5,000 US soldiers and some 3,500 quick-response forces joined a 70-plus nation coalition costing $1.5 billion, up 12%.")
        .paragraph(1);
    assertEquals(List.of("5000 soldier", "3500 force", "70 nation", "1500000000 dollar", "12 percent"),
        p.quantities().stream().map(Quantity::key).toList());
    assertEquals("5,000 US soldiers", p.quantities().getFirst().surface());
  }

  @Test
  void datesHaveCanonicalKeys() {
    ParagraphEntities p = Articles.extract(
        "On Monday, January 4, protesters recalled June 15, 2014, the invasion of 2003 and the 17 years since; two years on, nothing.")
        .paragraph(1);
    assertEquals(List.of("monday", "01-04", "2014-06-15", "2003", "17 years", "2 years"), keys(p, EntityType.DATE));
  }

  @Test
  void sentenceViewsSplitTheParagraph() {
    ParagraphEntities p = Articles.extract("Mark Esper spoke in Baghdad. Then 5,000 troops left Kuwait.").paragraph(1);
    List<ParagraphEntities> sentences = p.bySentence();
    assertEquals(2, sentences.size());
    assertEquals(Set.of("mark esper"), sentences.get(0).keys(EntityType.PERSON));
    assertEquals(Set.of("baghdad"), sentences.get(0).keys(EntityType.LOCATION));
    assertEquals(Set.of("kuwait"), sentences.get(1).keys(EntityType.LOCATION));
    assertEquals(Set.of("5000 troop"), sentences.get(1).keys(EntityType.NUMBER));
    assertTrue(sentences.get(0).quantities().isEmpty());
  }

  @Test
  void oddTextNeverThrows() {
    assertTrue(Articles.extract(" ").paragraph(1).isEmpty());
    ParagraphEntities shouting = Articles.extract("BREAKING: TROOPS LEAVE IRAQ AFTER PENTAGON LETTER, SAYS THE WHITE HOUSE IN WASHINGTON").paragraph(1);
    assertEquals(Set.of("iraq", "white house", "washington"), shouting.keys(EntityType.LOCATION));
    assertEquals(Set.of("pentagon"), shouting.keys(EntityType.ORGANIZATION));
    assertTrue(shouting.keys(EntityType.PERSON).isEmpty());
    ParagraphEntities foreign = Articles.extract(
        "Президент Владимир Путин сказал «нет». 伊朗将军苏莱曼尼 “被杀” 。 قال الجنرال قاسم سليماني \"لا\" 😀 \uD83D").paragraph(1);
    assertTrue(foreign.mentions(EntityType.LOCATION).isEmpty());
    StringBuilder huge = new StringBuilder();
    while (huge.length() < 1_000_000) {
      huge.append("On Monday Gen. Mark Milley said “5,000 troops” stayed in Iraq, and ");
    }
    ParagraphEntities big = Articles.extract(huge.toString()).paragraph(1);
    assertEquals(Set.of("mark miley"), big.keys(EntityType.PERSON));
    assertTrue(big.quantities().size() > 10_000);
    Articles.extract("“", "\"\"\"", "’s", "U.S.", "-", "(ret.)", "A", "Mr.", "1,000,000,000,000,000,000,000 people", "St. ");
  }

  @Test
  void keysDependOnTheTextOnly() {
    ArticleEntities first = Articles.extract("Qasem Soleimani was named.", "Soleimani again.");
    ArticleEntities other = Articles.extract("The strike killed Qassem Soleimani.");
    ArticleEntities again = Articles.extract("Qasem Soleimani was named.", "Soleimani again.");
    assertEquals(first, again);
    assertEquals(keys(first.paragraph(2), EntityType.PERSON), keys(other.paragraph(1), EntityType.PERSON));
  }
}
