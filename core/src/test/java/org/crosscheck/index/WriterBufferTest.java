package org.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.crosscheck.TestCorpora;
import org.crosscheck.ingest.CorpusReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run on several threads sizes the writer's buffer to its corpus, so that it fills a few times along the way. */
class WriterBufferTest {
  private static final long MB = 1024 * 1024;

  @TempDir
  Path corpus;

  @Test
  void fillsAboutThreeTimesWithinItsBounds() {
    assertEquals(3.3 * 6 / 3, WriterBuffer.megabytesFor(6 * MB, 2), 1e-9, "a third of what 6 MB of articles take in memory");
    assertEquals(4, WriterBuffer.megabytesFor(1 * MB, 2), "never under the smallest");
    assertEquals(4, WriterBuffer.megabytesFor(0, 4));
    assertEquals(64, WriterBuffer.megabytesFor(100 * MB, 2), "big runs keep the biggest");
    assertEquals(64, WriterBuffer.megabytesFor(6 * MB, 1), "one thread writes every segment itself anyway");
  }

  @Test
  void theRunSetsTheWritersBuffer() throws IOException {
    StringBuilder text = new StringBuilder("Title\n\n");
    text.append("A paragraph of some length about the harbour and the ferry. ".repeat(20));
    TestCorpora.write(corpus, "a.txt", text.toString());
    TestCorpora.write(corpus, "b.txt", text.toString());
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalyzers.perField()).setRAMBufferSizeMB(64))) {
      CorpusReader reader = CorpusReader.open(corpus);
      long bytes = reader.files().stream().mapToLong(CorpusReader::sizeOf).sum();
      CorpusIndexer.sync(writer, reader, IndexListener.NONE, IndexingOptions.defaults().withThreads(2));
      assertEquals(WriterBuffer.megabytesFor(bytes, 2), writer.getConfig().getRAMBufferSizeMB());
      assertEquals(4, writer.getConfig().getRAMBufferSizeMB(), "a tiny corpus: the smallest buffer");
    }
  }
}
