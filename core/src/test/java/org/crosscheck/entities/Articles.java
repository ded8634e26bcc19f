package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Span;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Boilerplate;
import org.crosscheck.ingest.Paragraph;
import org.crosscheck.ingest.SentenceSplitter;

/** Builds small articles in tests, one string per paragraph. */
final class Articles {
  private Articles() {}

  static Article article(String id, String outlet, String... paragraphs) {
    SentenceSplitter splitter = new SentenceSplitter();
    List<Paragraph> list = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      String text = paragraphs[i];
      list.add(new Paragraph(id, i + 1, text, Boilerplate.NONE, new Span(0, text.length()), splitter.split(text)));
    }
    return new Article(id, outlet, "", id + ".txt", list);
  }

  static ArticleEntities extract(String... paragraphs) {
    return RuleBasedEntityExtractor.shared().extract(article("a", "Outlet", paragraphs));
  }
}
