package org.crosscheck.entities;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The entities of one article, paragraph by paragraph, and the people it names with their roles.
 * Immutable. Boilerplate paragraphs are present and empty: entities come from the reporting.
 *
 * @param articleId the article's id
 * @param outlet the outlet that published it
 * @param paragraphs one entry per paragraph, in reading order ({@code paragraphs().get(n - 1)} is paragraph n)
 * @param people every person the article names, by canonical key in key order, with the full name and the roles it gives them
 */
public record ArticleEntities(String articleId, String outlet, List<ParagraphEntities> paragraphs, Map<String, Person> people) {

  /**
   * A person as one article names them.
   *
   * @param key the canonical key
   * @param name the fullest name the article gives ("William H Seely III")
   * @param roles the titles and roles written with the name, in order of first appearance, without repeats
   */
  public record Person(String key, String name, List<String> roles) {
    public Person {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(name, "name");
      roles = List.copyOf(roles);
    }
  }

  public ArticleEntities {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(outlet, "outlet");
    paragraphs = List.copyOf(paragraphs);
    people = java.util.Collections.unmodifiableMap(new TreeMap<>(people));
  }

  /** The entities of paragraph {@code number}, from 1. */
  public ParagraphEntities paragraph(int number) {
    if (number < 1 || number > paragraphs.size()) {
      throw new IndexOutOfBoundsException("article " + articleId + " has paragraphs 1 to " + paragraphs.size() + ", not " + number);
    }
    return paragraphs.get(number - 1);
  }
}
