package org.crosscheck;

/** A paragraph id that the index does not hold. */
public final class ParagraphNotFoundException extends CrosscheckException {
  private final String id;

  public ParagraphNotFoundException(String id) {
    // One line whatever the id holds (found by StatementFuzzTest: an id with a line break in it).
    super(InvalidQueryException.oneLine(
        "no paragraph " + InvalidQueryException.quote(id) + " in the index; paragraph ids look like 001_ae67bbf54034e372:9 (article:number)"));
    this.id = id;
  }

  /** The id as the caller gave it. */
  public String id() {
    return id;
  }
}
