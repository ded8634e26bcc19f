package org.crosscheck.ingest;

import java.util.Locale;

/** Why a paragraph was set aside as boilerplate, or {@link #NONE} for a body paragraph. */
public enum Boilerplate {
  NONE,
  /** "- Advertisement -" and sponsored-content markers. */
  ADVERTISEMENT,
  /** Newsletter and subscription prompts: "Subscribe to our newsletter", "By subscribing, you agree…". */
  SUBSCRIPTION_PROMPT,
  /** Link lists and their headings: "Related Content", "In Other News / Load More". */
  RELATED_LINKS,
  /** Pointers away from the article: "Read more from Yahoo News:". */
  READ_MORE,
  /** Photo captions and credits: "… (Photo: Sgt. Kyle C. Talbot via AP)". */
  PHOTO_CAPTION,
  /** The writer's biography at the foot of the page: "Shawn Snow is the senior reporter for …". */
  AUTHOR_BIO,
  /** Credit lines: "-The Associated Press contributed to this story". */
  CONTRIBUTOR_CREDIT,
  /** Promotional boxes and page controls broken into short lines: "Invest in the / Trusted Mideast / News source.". */
  PAGE_CHROME;

  public ParagraphKind kind() {
    return this == NONE ? ParagraphKind.BODY : ParagraphKind.BOILERPLATE;
  }

  /** The lower-case name used in the index and the JSON output ({@code photo-caption}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Boilerplate fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
