package org.crosscheck.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline every figure is compared with: what a developer writes with plain Lucene and no
 * crosscheck. Files are read as UTF-8 (a file that is not is skipped, as crosscheck skips it), the
 * first line is the title and every blank-line-separated block after it one document; the paragraph
 * goes in one text field analysed by {@link StandardAnalyzer}, stored and with offsets in the
 * postings so the {@link UnifiedHighlighter} needs no re-analysis, which is its fastest mode (and
 * crosscheck's). The title is indexed, not stored, so the mix's field queries ({@code title:...})
 * have something to search.
 */
final class PlainLucene {
  static final String TEXT = "text";
  static final String TITLE = "title";

  private static final FieldType TEXT_WITH_OFFSETS;

  static {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    TEXT_WITH_OFFSETS = type;
  }

  private PlainLucene() {}

  /** Indexes the files into {@code folder}, one document per paragraph, and commits. Returns the paragraphs written. */
  static long index(List<Path> files, Path folder) throws IOException {
    long paragraphs = 0;
    try (Directory directory = FSDirectory.open(folder);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (Path file : files) {
        String text = decode(Files.readAllBytes(file));
        if (text == null) {
          continue;
        }
        List<String> blocks = blocks(text);
        if (blocks.size() < 2) {
          continue;
        }
        String title = blocks.getFirst();
        for (String paragraph : blocks.subList(1, blocks.size())) {
          Document doc = new Document();
          doc.add(new Field(TEXT, paragraph, TEXT_WITH_OFFSETS));
          doc.add(new TextField(TITLE, title, Field.Store.NO));
          writer.addDocument(doc);
          paragraphs++;
        }
      }
      writer.commit();
    }
    return paragraphs;
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The text's blank-line-separated blocks, trimmed. */
  private static List<String> blocks(String text) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.isBlank()) {
        if (!block.isEmpty()) {
          blocks.add(block.toString().strip());
          block.setLength(0);
        }
      } else {
        block.append(line).append('\n');
      }
    }
    if (!block.isEmpty()) {
      blocks.add(block.toString().strip());
    }
    return blocks;
  }

  /**
   * A searcher over a baseline index: classic query syntax on the text field, top ten hits, and
   * the UnifiedHighlighter's best two passages of each. Thread-safe, like its Lucene parts.
   */
  static final class Searcher implements AutoCloseable {
    static final int HITS = 10;
    static final int PASSAGES = 2;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final UnifiedHighlighter highlighter;

    Searcher(Path folder) throws IOException {
      directory = FSDirectory.open(folder);
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
      highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
    }

    /** The highlighted snippets of the best hits, one per hit. */
    String[] search(String query) throws IOException {
      Query parsed;
      try {
        parsed = new QueryParser(TEXT, analyzer).parse(query);
      } catch (ParseException e) {
        throw new IllegalArgumentException("baseline query " + query + ": " + e.getMessage(), e);
      }
      TopDocs top = searcher.search(parsed, HITS);
      return highlighter.highlight(TEXT, parsed, top, PASSAGES);
    }

    long count(String query) throws IOException {
      try {
        return searcher.count(new QueryParser(TEXT, analyzer).parse(query));
      } catch (ParseException e) {
        throw new IllegalArgumentException(e);
      }
    }

    int paragraphs() {
      return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
      reader.close();
      directory.close();
    }
  }
}
