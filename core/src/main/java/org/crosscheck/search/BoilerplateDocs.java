package org.crosscheck.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.crosscheck.index.Schema;
import org.crosscheck.ingest.ParagraphKind;

/**
 * The boilerplate paragraphs of each segment as a bit set, made on a segment's first search and
 * kept while the segment is open. A search that leaves boilerplate out tests each document it
 * collects against it ({@link TopHitsByScoreThenId.LeftOut}) instead of adding an exclusion to its
 * query: the exclusion made every query a Boolean one, which lost a term query's own bulk scoring,
 * and walked the boilerplate postings beside it, a tenth of a search's CPU time on a million
 * paragraphs (docs/BENCHMARKS.md, round 7). A segment never changes which paragraphs it holds, only
 * which are deleted, and deleted ones are never collected, so a segment's bits stay right.
 *
 * <p>Thread-safe. About one bit per paragraph of the open segments.
 */
final class BoilerplateDocs {
  private BoilerplateDocs() {}

  /** The term every boilerplate paragraph is indexed with. */
  static final Term TERM = new Term(Schema.KIND, ParagraphKind.BOILERPLATE.label());

  /** The bits of each open segment. */
  private static final SegmentCache<FixedBitSet> BY_SEGMENT = new SegmentCache<>(BoilerplateDocs::read);

  /** Empty bits stand for a segment without boilerplate, so that it is not looked at again. */
  private static final FixedBitSet NONE = new FixedBitSet(0);

  /** Leaves out the boilerplate paragraphs of each segment. */
  static final TopHitsByScoreThenId.LeftOut LEFT_OUT = BoilerplateDocs::in;

  /** The segment's boilerplate paragraphs, or null when it has none. */
  static Bits in(LeafReaderContext segment) throws IOException {
    FixedBitSet bits = BY_SEGMENT.get(segment.reader());
    return bits == NONE ? null : bits;
  }

  private static FixedBitSet read(LeafReader segment) throws IOException {
    PostingsEnum docs = segment.postings(TERM, PostingsEnum.NONE);
    if (docs == null) {
      return NONE;
    }
    FixedBitSet bits = new FixedBitSet(segment.maxDoc());
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      bits.set(doc);
    }
    return bits;
  }
}
