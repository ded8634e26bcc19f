package org.crosscheck.ingest;

import java.util.List;
import java.util.Objects;
import org.crosscheck.Span;

/**
 * One paragraph of an article, the unit crosscheck indexes and returns.
 *
 * @param articleId the article's id, the file name without {@code .txt}
 * @param number the paragraph's place in reading order, from 1, the title excluded
 * @param text the paragraph's text; lines within it are kept as they were in the file
 * @param boilerplate why the paragraph is page furniture, or {@link Boilerplate#NONE}
 * @param source where the paragraph stands in the decoded source file; a paragraph repaired from two
 *     pieces spans both, blank line included
 * @param sentences the sentences of {@code text}, as offsets into it, in order
 */
public record Paragraph(
    String articleId, int number, String text, Boilerplate boilerplate, Span source, List<Span> sentences) {

  public Paragraph {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(boilerplate, "boilerplate");
    Objects.requireNonNull(source, "source");
    sentences = List.copyOf(sentences);
    if (number < 1) {
      throw new IllegalArgumentException("paragraph numbers start at 1, got " + number);
    }
  }

  /** The stable id, {@code <article-id>:<paragraph-number>}, for example {@code 001_ae67bbf54034e372:9}. */
  public String id() {
    return idOf(articleId, number);
  }

  public ParagraphKind kind() {
    return boilerplate.kind();
  }

  /** The text of each sentence, in order. */
  public List<String> sentenceTexts() {
    return sentences.stream().map(span -> span.of(text)).toList();
  }

  public static String idOf(String articleId, int number) {
    return articleId + ":" + number;
  }
}
