package org.crosscheck.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the rule-based extractor leans on, read once from the resources in
 * {@code org/crosscheck/entities/gazetteer/} (their sources and licences are in the README there):
 * places, organisations and well-known people with their aliases, given names, titles and ranks,
 * demonyms, and names that look like entities but are not (vehicles, programmes, wars).
 * Immutable and thread-safe.
 */
final class Gazetteer {
  /** A known name: its type (null for a name that is deliberately no entity) and canonical form. */
  record Entry(EntityType type, String canonical) {}

  private final Map<String, Entry> names = new HashMap<>();
  private final Map<String, String> personBySurname = new HashMap<>();
  private final Set<String> ambiguousSurnames = new HashSet<>();
  private final Set<String> givenNames = new HashSet<>();
  private final Set<String> titles = new HashSet<>();
  private final Set<String> demonyms = new HashSet<>();

  private static final Gazetteer SHARED = load();

  static Gazetteer shared() {
    return SHARED;
  }

  private static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    g.readNames("places.txt", EntityType.LOCATION);
    g.readNames("organizations.txt", EntityType.ORGANIZATION);
    g.readNames("people.txt", EntityType.PERSON);
    g.readNames("not-entities.txt", null);
    for (String line : lines("given-names.txt")) {
      g.givenNames.add(normalize(line));
    }
    for (String line : lines("titles.txt")) {
      g.titles.add(normalize(line));
    }
    for (String line : lines("demonyms.txt")) {
      g.demonyms.add(normalize(line));
    }
    return g;
  }

  private void readNames(String file, EntityType type) {
    for (String line : lines(file)) {
      String[] parts = line.split("\\|");
      String canonical = parts[0].strip();
      Entry entry = new Entry(type, canonical);
      for (String alias : parts) {
        String key = normalize(alias);
        if (!key.isEmpty()) {
          names.putIfAbsent(key, entry);
        }
      }
      if (type == EntityType.PERSON) {
        String surname = EntityKeys.surnameOf(EntityKeys.personKey(canonical));
        if (personBySurname.containsKey(surname) && !personBySurname.get(surname).equals(canonical)) {
          ambiguousSurnames.add(surname);
        }
        personBySurname.put(surname, canonical);
      }
    }
  }

  private static List<String> lines(String file) {
    String resource = "gazetteer/" + file;
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the gazetteer " + resource + " is missing from the crosscheck jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer " + resource, e);
    }
  }

  /** The form names are looked up in: lower case, typographic apostrophes plain, periods dropped, single spaces. */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        continue;
      }
      if (c == '’' || c == '‘') {
        c = '\'';
      }
      if (Character.isWhitespace(c)) {
        if (!space) {
          out.append(' ');
          space = true;
        }
      } else {
        out.append(Character.toLowerCase(c));
        space = false;
      }
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString();
  }

  /** The entry for a normalised name, or null. */
  Entry lookup(String normalized) {
    return names.get(normalized);
  }

  /** The canonical name of the one well-known person with this folded surname, or null. */
  String personBySurname(String surnameKey) {
    return ambiguousSurnames.contains(surnameKey) ? null : personBySurname.get(surnameKey);
  }

  // What the extractor's lexicon is built from, keyed by normal form; the extractor asks per token, through the lexicon.

  Map<String, Entry> names() {
    return Collections.unmodifiableMap(names);
  }

  Set<String> titles() {
    return Collections.unmodifiableSet(titles);
  }

  Set<String> givenNames() {
    return Collections.unmodifiableSet(givenNames);
  }

  Set<String> demonyms() {
    return Collections.unmodifiableSet(demonyms);
  }
}
