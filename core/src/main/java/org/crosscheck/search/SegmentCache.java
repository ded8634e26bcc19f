package org.crosscheck.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * A value worked out on a segment's first search and kept while the segment is open, keyed by the
 * segment's core: what a segment holds (its documents, postings and doc values) never changes,
 * only which of its documents are deleted. A segment without a core key is worked out each time.
 * Thread-safe; two threads may both work out a value, and the first kept wins.
 *
 * @param <V> the value, never null
 */
final class SegmentCache<V> {
  /** Works a segment's value out. */
  @FunctionalInterface
  interface Loader<V> {
    V load(LeafReader segment) throws IOException;
  }

  private final Map<IndexReader.CacheKey, V> values = new ConcurrentHashMap<>();
  private final Loader<V> loader;

  SegmentCache(Loader<V> loader) {
    this.loader = loader;
  }

  V get(LeafReader segment) throws IOException {
    IndexReader.CacheHelper core = segment.getCoreCacheHelper();
    if (core == null) {
      return loader.load(segment);
    }
    V value = values.get(core.getKey());
    if (value == null) {
      value = loader.load(segment);
      V kept = values.putIfAbsent(core.getKey(), value);
      if (kept == null) {
        core.addClosedListener(values::remove);
      } else {
        value = kept;
      }
    }
    return value;
  }
}
