package org.crosscheck.index;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.crosscheck.EntitiesNotIndexedException;

/**
 * Whether the articles of an index carry the entity fields of {@link Schema}, as its commit data
 * records ({@link Schema#COMMIT_ENTITIES}). Searches that need entities check it, so an index built
 * without them says so instead of finding nothing.
 */
public enum EntityMode {
  /** Every article was indexed with its entities (the default, and every index from before the choice existed). */
  ON("on"),
  /** No article was: the index was built with entity extraction off. */
  OFF("off"),
  /**
   * Some were and some were not: a run that turned extraction on or off had not finished when this
   * commit was made, or it kept articles whose file it could not read again.
   */
  MIXED("mixed");

  private final String label;

  EntityMode(String label) {
    this.label = label;
  }

  /** The value written to the commit data. */
  public String label() {
    return label;
  }

  /** The mode a run with entities on or off gives the articles it writes. */
  public static EntityMode of(boolean entities) {
    return entities ? ON : OFF;
  }

  /** The mode a commit records; an index that records none was written before the choice existed, always with entities. */
  public static EntityMode fromLabel(String label) {
    if (label == null) {
      return ON;
    }
    for (EntityMode mode : values()) {
      if (mode.label.equals(label)) {
        return mode;
      }
    }
    return MIXED; // written by a newer crosscheck: do not trust the entity fields
  }

  /** The mode of the commit a reader reads; {@link #ON} for readers that are not over one commit. */
  public static EntityMode of(IndexReader reader) throws IOException {
    if (reader instanceof DirectoryReader directory) {
      return fromLabel(directory.getIndexCommit().getUserData().get(Schema.COMMIT_ENTITIES));
    }
    return ON;
  }

  /**
   * Checks that the reader's index has entities in every article.
   *
   * @param what what needs them, for the message ("the query field 'person:'")
   * @throws EntitiesNotIndexedException when it does not
   */
  public static void require(IndexReader reader, String what) throws IOException {
    EntityMode mode = of(reader);
    if (mode != ON) {
      throw new EntitiesNotIndexedException(what, mode == MIXED);
    }
  }
}
