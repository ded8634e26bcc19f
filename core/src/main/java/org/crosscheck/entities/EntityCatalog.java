package org.crosscheck.entities;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.Bits;
import org.crosscheck.index.EntityMode;
import org.crosscheck.index.EntityFields;
import org.crosscheck.index.Schema;
import org.crosscheck.search.SearchFacets;

/**
 * Reads entities back out of a paragraph index: the listing of canonical entities with their counts
 * per outlet and spellings, and facet counts over a search's hits. Both read doc values only.
 *
 * <p>Canonical keys are order-independent by construction; on top of that, a person known in some
 * article only by surname ({@code miley}) is merged here into the one full name in the index with
 * that surname ({@code mark miley}), when there is exactly one, so the listing and the facets show one
 * entity however an outlet named them. Display names are the full names most paragraphs give. All of
 * it depends on the index content only, never on the order articles were indexed in.
 * Stateless; thread-safe given a thread-safe searcher.
 */
public final class EntityCatalog {
  private EntityCatalog() {}

  private static final Map<String, EntityType> TYPES_BY_LABEL = new HashMap<>();

  static {
    for (EntityType type : EntityType.values()) {
      TYPES_BY_LABEL.put(type.label(), type);
    }
  }

  /** One decoded {@link Schema#ENTITY_VARIANT} value. */
  private record Variant(EntityType type, String key, String name, String surface, String attribute) {
    static Variant parse(String value) {
      String[] parts = value.split(String.valueOf(EntityFields.SEPARATOR), -1);
      if (parts.length < 5 || !TYPES_BY_LABEL.containsKey(parts[0])) {
        return null;
      }
      return new Variant(TYPES_BY_LABEL.get(parts[0]), parts[1], parts[2], parts[3], parts[4]);
    }
  }

  /** What is gathered about one entity while the index is read. */
  private static final class Tally {
    final EntityType type;
    final String key;
    final Map<String, Integer> byOutlet = new TreeMap<>();
    final Map<String, Integer> names = new HashMap<>();
    final Set<String> variants = new TreeSet<>();
    final Set<String> attributes = new TreeSet<>();

    Tally(EntityType type, String key) {
      this.type = type;
      this.key = key;
    }

    void absorb(Tally other) {
      other.byOutlet.forEach((k, v) -> byOutlet.merge(k, v, Integer::sum));
      other.names.forEach((k, v) -> names.merge(k, v, Integer::sum));
      variants.addAll(other.variants);
      attributes.addAll(other.attributes);
    }

    int paragraphs() {
      return byOutlet.values().stream().mapToInt(Integer::intValue).sum();
    }

    String displayName() {
      if (type == EntityType.QUOTE && key.isEmpty()) {
        return "(no named speaker)";
      }
      return names.entrySet().stream()
          .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
              .thenComparingInt(e -> -e.getKey().split(" ").length)
              .thenComparing(Map.Entry::getKey))
          .map(Map.Entry::getKey)
          .findFirst()
          .orElse(key);
    }
  }

  /** The canonical entities of the index, most often named first (ties: type, then name). */
  public static List<EntitySummary> list(IndexSearcher searcher, EntityListOptions options) throws IOException {
    EntityMode.require(searcher.getIndexReader(), "the list of entities");
    Map<String, Tally> tallies = tally(searcher.getIndexReader(), options::includes, options.outlet());
    // Full names and display names come from the whole index, so an outlet filter never changes them.
    Map<String, Tally> everywhere = options.outlet().isEmpty() ? tallies
        : tally(searcher.getIndexReader(), t -> options.includes(t) && (t == EntityType.PERSON || t == EntityType.QUOTE), "");
    mergeSurnames(tallies, everywhere);
    List<Tally> sorted = new ArrayList<>(tallies.values());
    sorted.sort(Comparator.<Tally>comparingInt(t -> -t.paragraphs())
        .thenComparing(t -> t.type)
        .thenComparing(Tally::displayName)
        .thenComparing(t -> t.key));
    List<EntitySummary> out = new ArrayList<>();
    for (Tally t : sorted.subList(0, Math.min(options.limit(), sorted.size()))) {
      Tally named = everywhere.getOrDefault(id(t.type, t.key), t);
      out.add(new EntitySummary(t.type, t.key, named.displayName(), new TreeMap<>(t.byOutlet), List.copyOf(t.variants), List.copyOf(t.attributes)));
    }
    return out;
  }

  /**
   * Facet counts over the paragraphs {@code query} matches (filters included): by outlet, person,
   * organisation and place, at most {@code top} values each.
   */
  public static SearchFacets facets(IndexSearcher searcher, String queryText, Query query, int top) throws IOException {
    FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
      total += docs.totalHits();
    }
    IndexReader reader = searcher.getIndexReader();
    Map<String, Tally> tallies = tally(reader, t -> t == EntityType.PERSON || t == EntityType.ORGANIZATION || t == EntityType.LOCATION, "");
    Map<String, String> merged = mergeSurnames(tallies, tallies);
    Map<String, List<SearchFacets.Count>> dimensions = new HashMap<>();
    dimensions.put("outlet", counts(reader, collector, Schema.OUTLET, null, tallies, merged, top));
    dimensions.put("person", counts(reader, collector, Schema.PERSON, EntityType.PERSON, tallies, merged, top));
    dimensions.put("org", counts(reader, collector, Schema.ORG, EntityType.ORGANIZATION, tallies, merged, top));
    dimensions.put("place", counts(reader, collector, Schema.PLACE, EntityType.LOCATION, tallies, merged, top));
    return new SearchFacets(queryText, total, dimensions);
  }

  private static List<SearchFacets.Count> counts(IndexReader reader, FacetsCollector collector, String field, EntityType type,
      Map<String, Tally> tallies, Map<String, String> merged, int top) throws IOException {
    if (!hasDocValues(reader, field) || collector.getMatchingDocs().isEmpty()) {
      return List.of();
    }
    StringValueFacetCounts counts = new StringValueFacetCounts(new StringDocValuesReaderState(reader, field), collector);
    FacetResult result = counts.getAllChildren(field);
    Map<String, Long> byKey = new HashMap<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        String key = type == null ? lv.label : merged.getOrDefault(id(type, lv.label), id(type, lv.label));
        byKey.merge(key, lv.value.longValue(), Long::sum);
      }
    }
    List<SearchFacets.Count> out = new ArrayList<>();
    byKey.forEach((id, value) -> {
      if (type == null) {
        out.add(new SearchFacets.Count(id, id, value));
      } else {
        Tally tally = tallies.get(id);
        String key = id.substring(id.indexOf(EntityFields.SEPARATOR) + 1);
        out.add(new SearchFacets.Count(key, tally != null ? tally.displayName() : key, value));
      }
    });
    out.sort(Comparator.comparingLong((SearchFacets.Count c) -> -c.paragraphs()).thenComparing(SearchFacets.Count::label));
    return List.copyOf(out.subList(0, Math.min(top, out.size())));
  }

  private static String lookup(SortedDocValues values, int ord) {
    try {
      return values.lookupOrd(ord).utf8ToString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean hasDocValues(IndexReader reader, String field) {
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
      if (info != null && info.getDocValuesType() != org.apache.lucene.index.DocValuesType.NONE) {
        return true;
      }
    }
    return false;
  }

  private static String id(EntityType type, String key) {
    return type.label() + EntityFields.SEPARATOR + key;
  }

  private static Map<String, Tally> tally(IndexReader reader, java.util.function.Predicate<EntityType> wanted, String outletFilter)
      throws IOException {
    Map<String, Tally> tallies = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues variants = leaf.reader().getBinaryDocValues(Schema.ENTITY_VARIANT);
      SortedDocValues outlets = leaf.reader().getSortedDocValues(Schema.OUTLET);
      if (variants == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      Map<Integer, String> outletNames = new HashMap<>();
      Set<String> seen = new HashSet<>();
      for (int doc = variants.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = variants.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        String outlet = "unknown";
        if (outlets != null && outlets.advanceExact(doc)) {
          int ord = outlets.ordValue();
          outlet = outletNames.computeIfAbsent(ord, o -> lookup(outlets, o));
        }
        if (!outletFilter.isEmpty() && !outlet.toLowerCase(Locale.ROOT).equals(outletFilter.toLowerCase(Locale.ROOT))) {
          continue;
        }
        seen.clear();
        for (String value : variants.binaryValue().utf8ToString().split(String.valueOf(EntityFields.RECORD_SEPARATOR))) {
          Variant v = Variant.parse(value);
          if (v == null || !wanted.test(v.type())) {
            continue;
          }
          String id = id(v.type(), v.key());
          Tally tally = tallies.computeIfAbsent(id, k -> new Tally(v.type(), v.key()));
          if (seen.add(id)) {
            tally.byOutlet.merge(outlet, 1, Integer::sum);
          }
          if (seen.add(id + EntityFields.SEPARATOR + v.name())) {
            tally.names.merge(v.name(), 1, Integer::sum);
          }
          tally.variants.add(v.surface());
          if (!v.attribute().isEmpty()) {
            tally.attributes.add(v.attribute());
          }
        }
      }
    }
    return tallies;
  }

  /**
   * Folds people known only by surname into the one full name with that surname, for people and
   * quote speakers; returns which ids went where.
   */
  private static Map<String, String> mergeSurnames(Map<String, Tally> tallies, Map<String, Tally> everywhere) {
    Map<String, String> merged = new HashMap<>();
    for (EntityType type : List.of(EntityType.PERSON, EntityType.QUOTE)) {
      Map<String, List<String>> fullBySurname = new HashMap<>();
      for (Tally t : everywhere.values()) {
        if (t.type == type && t.key.contains(" ")) {
          fullBySurname.computeIfAbsent(EntityKeys.surnameOf(t.key), k -> new ArrayList<>()).add(t.key);
        }
      }
      for (Tally t : List.copyOf(tallies.values())) {
        if (t.type != type || t.key.isEmpty() || t.key.contains(" ")) {
          continue;
        }
        List<String> full = fullBySurname.getOrDefault(t.key, List.of());
        if (full.size() == 1) {
          String target = id(type, full.getFirst());
          tallies.computeIfAbsent(target, k -> new Tally(type, full.getFirst())).absorb(t);
          if (everywhere != tallies && everywhere.containsKey(id(type, t.key))) {
            everywhere.get(target).absorb(everywhere.remove(id(type, t.key)));
          }
          tallies.remove(id(type, t.key));
          merged.put(id(type, t.key), target);
        }
      }
    }
    return merged;
  }
}
