package org.crosscheck.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.CorpusFile;
import org.crosscheck.ingest.CorpusReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the extractor with the hand-made gold annotation of the seed articles
 * ({@code seed-gold.tsv}, whose header says how it was made) and asserts the quality the project
 * promises. Mentions are compared per paragraph as multisets of (type, text); numbers as (value, unit);
 * a quote's speaker counts as right when the extracted quote that starts with the gold words names the
 * gold speaker.
 */
class SeedGoldEvaluationTest {
  private static final Map<String, Article> ARTICLES = new TreeMap<>();
  private static final List<String[]> GOLD = new ArrayList<>();
  private static final Map<String, ArticleEntities> EXTRACTED = new HashMap<>();

  @BeforeAll
  static void load() throws IOException {
    CorpusReader corpus = CorpusReader.open(Path.of(System.getProperty("crosscheck.seeds", "../seeds")));
    for (CorpusFile file : corpus.files()) {
      Article article = corpus.read(file).article();
      ARTICLES.put(article.id().substring(0, 3), article);
      EXTRACTED.put(article.id().substring(0, 3), RuleBasedEntityExtractor.shared().extract(article));
    }
    try (InputStream in = SeedGoldEvaluationTest.class.getResourceAsStream("seed-gold.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          GOLD.add(line.split("\t"));
        }
      }
    }
  }

  /** Precision, recall and what went wrong, for one type. */
  record Score(int truePositives, int extracted, int gold, List<String> misses, List<String> extras) {
    double precision() {
      return extracted == 0 ? 1 : (double) truePositives / extracted;
    }

    double recall() {
      return gold == 0 ? 1 : (double) truePositives / gold;
    }
  }

  static Score score(EntityType type) {
    Map<String, List<String>> gold = new TreeMap<>();
    for (String[] row : GOLD) {
      if (row[2].equals(type.name())) {
        String item = type == EntityType.NUMBER ? number(Double.parseDouble(row[4]), row[5]) : normal(row[3]);
        gold.computeIfAbsent(row[0] + ":" + row[1], k -> new ArrayList<>()).add(item);
      }
    }
    Map<String, List<String>> found = new TreeMap<>();
    for (Map.Entry<String, ArticleEntities> e : EXTRACTED.entrySet()) {
      for (ParagraphEntities paragraph : e.getValue().paragraphs()) {
        String where = e.getKey() + ":" + paragraph.paragraphId().substring(paragraph.paragraphId().lastIndexOf(':') + 1);
        if (type == EntityType.NUMBER) {
          paragraph.quantities().forEach(q -> found.computeIfAbsent(where, k -> new ArrayList<>()).add(number(q.value(), q.unit())));
        } else {
          paragraph.mentions(type).forEach(m -> found.computeIfAbsent(where, k -> new ArrayList<>()).add(normal(m.surface())));
        }
      }
    }
    int tp = 0;
    int extracted = 0;
    int total = 0;
    List<String> misses = new ArrayList<>();
    List<String> extras = new ArrayList<>();
    java.util.TreeSet<String> places = new java.util.TreeSet<>(gold.keySet());
    places.addAll(found.keySet());
    for (String where : places) {
      List<String> g = new ArrayList<>(gold.getOrDefault(where, List.of()));
      List<String> f = new ArrayList<>(found.getOrDefault(where, List.of()));
      total += g.size();
      extracted += f.size();
      for (String item : List.copyOf(f)) {
        if (g.remove(item)) {
          f.remove(item);
          tp++;
        }
      }
      g.forEach(item -> misses.add(where + " " + item));
      f.forEach(item -> extras.add(where + " " + item));
    }
    return new Score(tp, extracted, total, misses, extras);
  }

  private static String number(double value, String unit) {
    return (long) value + " " + unit;
  }

  static String normal(String text) {
    return text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').replaceAll("\\s+", " ").strip()
        .toLowerCase(Locale.ROOT);
  }

  private static Score report(EntityType type) {
    Score score = score(type);
    System.out.printf(Locale.ROOT, "%-13s P=%.3f R=%.3f (tp %d, extracted %d, gold %d)%n  missed: %s%n  extra: %s%n",
        type, score.precision(), score.recall(), score.truePositives(), score.extracted(), score.gold(), score.misses(), score.extras());
    return score;
  }

  @Test
  void peopleOrganisationsAndPlacesMeetTheTargets() {
    for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION)) {
      Score score = report(type);
      assertTrue(score.precision() >= 0.90, type + " precision " + score.precision() + " < 0.90; extra: " + score.extras());
      assertTrue(score.recall() >= 0.85, type + " recall " + score.recall() + " < 0.85; missed: " + score.misses());
    }
  }

  @Test
  void datesAndNumbersAreMostlyFound() {
    for (EntityType type : List.of(EntityType.DATE, EntityType.NUMBER)) {
      Score score = report(type);
      assertTrue(score.precision() >= 0.80, type + " precision " + score.precision() + "; extra: " + score.extras());
      assertTrue(score.recall() >= 0.80, type + " recall " + score.recall() + "; missed: " + score.misses());
    }
  }

  @Test
  void quotesAreCreditedToTheRightSpeaker() {
    int attributed = 0;
    int right = 0;
    List<String> wrong = new ArrayList<>();
    for (String[] row : GOLD) {
      if (!row[2].equals("QUOTE") || row[4].equals("-")) {
        continue;
      }
      attributed++;
      String start = normal(row[3]);
      ParagraphEntities paragraph = EXTRACTED.get(row[0]).paragraph(Integer.parseInt(row[1]));
      Quote match = paragraph.quotes().stream().filter(q -> normal(q.text()).startsWith(start)).findFirst().orElse(null);
      if (match != null && match.speakerKey().equals(EntityKeys.personKey(row[4]))) {
        right++;
      } else {
        wrong.add(row[0] + ":" + row[1] + " '" + row[3] + "' expected " + row[4] + " got "
            + (match == null ? "no quote" : match.speaker().isEmpty() ? "nobody" : match.speaker()));
      }
    }
    double accuracy = (double) right / attributed;
    System.out.printf(Locale.ROOT, "QUOTE speaker accuracy %.3f (%d of %d)%n  wrong: %s%n", accuracy, right, attributed, wrong);
    assertTrue(accuracy >= 0.85, "speaker accuracy " + accuracy + " < 0.85: " + wrong);
  }
}
