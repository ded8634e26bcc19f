package org.crosscheck.entities;

import java.util.Objects;
import org.crosscheck.Span;

/**
 * Words in quotation marks and who the article credits with them.
 *
 * @param text the quoted words, quotation marks left out
 * @param span where {@code text} stands in the paragraph text
 * @param speakerKey the canonical key of the speaker (as in {@link EntityMention#key()}), or empty
 *     when the words belong to no named person (a memo, "a defense official")
 * @param speaker the speaker's full name as the article gives it, or empty
 */
public record Quote(String text, Span span, String speakerKey, String speaker) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(speakerKey, "speakerKey");
    Objects.requireNonNull(speaker, "speaker");
    if (speakerKey.isEmpty() != speaker.isEmpty()) {
      throw new IllegalArgumentException("a quote's speaker needs both a key and a name, or neither");
    }
  }

  public boolean hasSpeaker() {
    return !speakerKey.isEmpty();
  }
}
