package org.crosscheck.ingest;

/** Whether a paragraph is part of the story or page furniture around it. */
public enum ParagraphKind {
  /** Reporting: searched by default. */
  BODY,
  /** Page furniture (prompts, captions, bios, credits): stored and shown on request, never searched by default. */
  BOILERPLATE;

  /** The lower-case name used in the index, the JSON output and the query syntax ({@code kind:body}). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
