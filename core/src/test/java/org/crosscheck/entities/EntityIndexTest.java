package org.crosscheck.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.Crosscheck;
import org.crosscheck.InvalidQueryException;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.CorpusFile;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.ingest.Paragraph;
import org.crosscheck.search.SearchFacets;
import org.crosscheck.search.SearchHit;
import org.crosscheck.search.SearchOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity fields, queries, filters, facets and the entity listing over the indexed seed articles. */
class EntityIndexTest {
  private static final Path SEEDS = Path.of(System.getProperty("crosscheck.seeds", "../seeds"));
  private static Crosscheck seeds;

  @BeforeAll
  static void indexSeeds() {
    seeds = Crosscheck.inMemory();
    seeds.index(SEEDS);
  }

  @AfterAll
  static void close() {
    seeds.close();
  }

  private static Set<String> ids(Crosscheck crosscheck, String query) {
    return ids(crosscheck, query, SearchOptions.defaults());
  }

  private static Set<String> ids(Crosscheck crosscheck, String query, SearchOptions options) {
    TreeSet<String> ids = new TreeSet<>();
    for (SearchHit hit : crosscheck.search(query, options.withLimit(1000)).hits()) {
      ids.add(hit.id().substring(0, 3) + hit.id().substring(hit.id().indexOf(':')));
    }
    return ids;
  }

  @Test
  void personQueriesMatchTheEntityWhateverTheSpelling() {
    Set<String> qassem = ids(seeds, "person:\"Qassem Soleimani\"");
    assertEquals(qassem, ids(seeds, "person:\"Qasem Soleimani\""));
    assertEquals(qassem, ids(seeds, "person:Soleimani"));
    assertTrue(qassem.containsAll(Set.of("001:2", "001:12", "003:5", "003:12", "004:21")), qassem.toString());
    assertEquals(Set.of("000:7", "001:9", "001:10", "002:2", "003:5", "004:8", "004:10", "004:11"),
        ids(seeds, "person:Milley"));
  }

  @Test
  void numberRangesPlacesAndOrganisations() {
    assertEquals(Set.of("001:2", "002:8", "003:6", "003:20"), ids(seeds, "number:[1000 TO 10000]"));
    assertEquals(Set.of("003:11"), ids(seeds, "number:52"));
    assertEquals(Set.of("001:2", "002:8"), ids(seeds, "unit:troop AND number:[1000 TO *]"));
    Set<String> us = ids(seeds, "place:US");
    assertEquals(us, ids(seeds, "place:\"United States\""));
    assertEquals(us, ids(seeds, "place:U.S."));
    assertTrue(us.containsAll(Set.of("001:4", "004:23", "000:11")), us.toString());
    Set<String> isis = ids(seeds, "org:ISIS");
    assertEquals(isis, ids(seeds, "org:\"Islamic State\""));
    assertEquals(Set.of("001:2", "002:8", "003:6", "003:17", "004:7", "004:15", "004:21"), isis);
    assertEquals(Set.of("003:15"), ids(seeds, "when:\"17 years\""));
    assertEquals(Set.of("003:8"), ids(seeds, "speaker:Kemp AND quote:Washington"));
  }

  @Test
  void badEntityQueriesSayWhatIsWrong() {
    InvalidQueryException number = assertThrows(InvalidQueryException.class, () -> seeds.search("number:many"));
    assertEquals("invalid query 'number:many': field 'number' takes a number, got 'many'", number.getMessage());
    InvalidQueryException name = assertThrows(InvalidQueryException.class, () -> seeds.search("person:\"!!\""));
    assertEquals("invalid query 'person:\"!!\"': field 'person' needs a name with letters or digits, got '!!'", name.getMessage());
    InvalidQueryException range = assertThrows(InvalidQueryException.class, () -> seeds.search("person:[a TO b]"));
    assertEquals("invalid query 'person:[a TO b]': field 'person' takes a name, not a range", range.getMessage());
  }

  @Test
  void filtersAndFacetsCountTheHits() {
    SearchOptions milley = SearchOptions.defaults().withPeople(Set.of("Milley"));
    assertEquals(Set.of("000:7", "004:11"), ids(seeds, "withdrawal", milley));
    SearchFacets facets = seeds.facets("mistake", milley, 5);
    assertEquals(4, facets.totalHits());
    assertEquals(List.of(new SearchFacets.Count("Military Times", "Military Times", 1), new SearchFacets.Count("The Media Line", "The Media Line", 1),
        new SearchFacets.Count("Yahoo News", "Yahoo News", 1), new SearchFacets.Count("unknown", "unknown", 1)),
        facets.of("outlet"));
    assertEquals(List.of(new SearchFacets.Count("mark miley", "Mark Milley", 4), new SearchFacets.Count("mark esper", "Mark Esper", 1),
        new SearchFacets.Count("qasem soleimani", "Qassem Soleimani", 1)), facets.of("person"));
    assertEquals(Set.of("003:16"), ids(seeds, "Tehran", SearchOptions.defaults().withPlaces(Set.of("Iraq")).withOrganizations(Set.of("Georgetown University"))));
  }

  @Test
  void everyPersonNamedByTwoOutletsIsOneEntity() throws IOException {
    List<EntitySummary> people = seeds.entities(EntityListOptions.defaults().withTypes(Set.of(EntityType.PERSON)).withLimit(1000));
    Map<String, Set<String>> outletsBySurname = new TreeMap<>();
    CorpusReader corpus = CorpusReader.open(SEEDS);
    for (CorpusFile file : corpus.files()) {
      Article article = corpus.read(file).article();
      for (Paragraph paragraph : article.bodyParagraphs()) {
        for (String surname : List.of("Esper", "Milley", "Seely", "Soleimani", "Trump", "Pompeo", "Chewning", "Obama")) {
          if (paragraph.text().contains(surname)) {
            outletsBySurname.computeIfAbsent(surname, k -> new TreeSet<>()).add(article.outlet());
          }
        }
      }
    }
    assertEquals(8, outletsBySurname.size());
    for (Map.Entry<String, Set<String>> e : outletsBySurname.entrySet()) {
      String surname = e.getKey();
      List<EntitySummary> matching = people.stream()
          .filter(p -> p.variants().stream().anyMatch(v -> v.contains(surname))).toList();
      assertEquals(1, matching.size(), surname + " is " + matching);
      assertEquals(e.getValue(), matching.getFirst().paragraphsByOutlet().keySet(), surname);
    }
    Map<String, List<String>> bySurname = new TreeMap<>();
    for (EntitySummary person : people) {
      if (person.outlets() >= 2) {
        bySurname.computeIfAbsent(EntityKeys.surnameOf(person.key()), k -> new java.util.ArrayList<>()).add(person.name());
      }
    }
    bySurname.forEach((surname, names) -> assertEquals(1, names.size(), surname + ": " + names));
    EntitySummary esper = people.stream().filter(p -> p.name().equals("Mark Esper")).findFirst().orElseThrow();
    assertEquals(List.of("Esper", "Mark Esper"), esper.variants());
    assertTrue(esper.attributes().containsAll(List.of("Defense Secretary", "Secretary of Defense")), esper.attributes().toString());
  }

  @Test
  void aSurnameInOneOutletJoinsTheFullNameInAnother(@TempDir Path corpus) throws IOException {
    Files.writeString(corpus.resolve("manifest.csv"), "id,outlet,title\na1,Daily One,Bridge opens\na2,Daily Two,Bridge late\n");
    Files.writeString(corpus.resolve("a1.txt"), "Bridge opens\n\nJane Quigglesworth, the mayor, said the bridge would open in Leeds on Friday.\n");
    Files.writeString(corpus.resolve("a2.txt"), "Bridge late\n\nQuigglesworth said the bridge was late, and 300 workers went home.\n");
    try (Crosscheck crosscheck = Crosscheck.inMemory()) {
      crosscheck.index(corpus);
      List<EntitySummary> people = crosscheck.entities(EntityListOptions.defaults().withTypes(Set.of(EntityType.PERSON)));
      assertEquals(1, people.size(), people.toString());
      EntitySummary jane = people.getFirst();
      assertEquals("Jane Quigglesworth", jane.name());
      assertEquals(Map.of("Daily One", 1, "Daily Two", 1), jane.paragraphsByOutlet());
      assertEquals(List.of("Jane Quigglesworth", "Quigglesworth"), jane.variants());
      assertEquals(Set.of("a1:1", "a2:1"), new TreeSet<>(crosscheck.search("person:Quigglesworth").hits().stream().map(SearchHit::id).toList()));
      List<EntitySummary> dayTwo = crosscheck.entities(EntityListOptions.defaults().withOutlet("daily two"));
      assertEquals(List.of("person Jane Quigglesworth {Daily Two=1}", "number 300 worker {Daily Two=1}"),
          dayTwo.stream().map(s -> s.type().label() + " " + s.name() + " " + s.paragraphsByOutlet()).toList());
      assertEquals(List.of("place Leeds", "date Friday"), crosscheck.entities(EntityListOptions.defaults()
          .withTypes(Set.of(EntityType.LOCATION, EntityType.DATE))).stream().map(s -> s.type().label() + " " + s.name()).toList());
    }
  }
}
