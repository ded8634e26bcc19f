package org.crosscheck.facts;

import java.util.List;
import java.util.Objects;

/**
 * A statement that one or more outlets make, as the facts report groups it. Immutable.
 *
 * @param representative the sentence that stands for the fact: the one that most outlets echo
 * @param mentions one per outlet that makes the statement, the representative's own first, then by
 *     outlet name
 */
public record CorpusFact(Mention representative, List<Mention> mentions) {
  /**
   * Where one outlet makes the statement.
   *
   * @param outlet the outlet (an article of unknown outlet is its own source)
   * @param paragraphId the paragraph id, {@code <article>:<number>}
   * @param sentence the sentence or sentences that make it
   * @param score how well it matches the representative (1 for the representative itself)
   */
  public record Mention(String outlet, String paragraphId, String sentence, double score) {
    public Mention {
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(paragraphId, "paragraphId");
      Objects.requireNonNull(sentence, "sentence");
    }
  }

  public CorpusFact {
    Objects.requireNonNull(representative, "representative");
    mentions = List.copyOf(mentions);
  }

  /** How many outlets make the statement. */
  public int outletCount() {
    return mentions.size();
  }

  /** The outlets that make it, in the order of {@link #mentions()}. */
  public List<String> outlets() {
    return mentions.stream().map(Mention::outlet).toList();
  }
}
