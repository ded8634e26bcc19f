package org.crosscheck.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongHeap;
import org.crosscheck.index.Schema;

/**
 * Collects the best hits of a search, best score first and equal scores in id order, exactly as
 * Lucene's {@code Sort(SortField.FIELD_SCORE, new SortField(Schema.ID, STRING))} orders them, at
 * about the cost of Lucene's ranking by score alone. Ids break ties so that results do not
 * flicker between index builds, whose doc order differs.
 *
 * <p>Why not Lucene's sort: its string comparator in every segment and its queue of two keys cost
 * about a third of a query's execution, though ids matter only among equal scores. Why not rank by
 * score alone and put ties in id order afterwards: of the documents tied at its last place, that
 * ranking keeps the first in doc order, not the smallest ids; for a {@code title:} query, where
 * every paragraph of an article ties, that is most pages.
 *
 * <p>How: each collector keeps the best hits by score in a queue, as Lucene's ranking does, and
 * besides it every document scoring exactly as much as the queue's lowest hit, so that it holds
 * every document scoring at least that much. Once hits stop being counted exactly, scorers may skip
 * documents scoring less than the lowest hit; Lucene's ranking lets them skip those scoring no more
 * than it, since a tied document, coming later in doc order, would lose on doc id; here it could
 * win on id. At the end, the documents scoring above the {@code wanted}-th best score are hits in
 * any case; the places left go to the smallest ids among the documents tied at that score,
 * compared as the sort compares them: by doc value ordinal within a segment, by bytes across
 * segments. A search stopped by its deadline answers the same way from what it collected.
 *
 * <p>Ties are skipped too where they would lose: in a segment whose first id comes after the ids
 * of enough documents already tied at the lowest score to fill the page's places at that score,
 * no document scoring that much can make the page, so its scorers may skip those as Lucene's
 * ranking skips them (see {@link Candidates#tiesLoseIn}). Segments hold articles written together,
 * so past the first few segments most ties lose. Without this a term in most paragraphs visited
 * every block holding a document as good as the page's last, a third of such a search at a
 * million paragraphs.
 *
 * <p>Hits are counted as Lucene's ranking counts them: exactly up to {@value SearchOptions#EXACT_COUNT} hits,
 * then, once scorers may skip, as a lower bound. One instance serves one search.
 */
public final class TopHitsByScoreThenId implements CollectorManager<TopHitsByScoreThenId.Candidates, TopDocs> {
  private final int wanted;
  private final IndexReader reader;
  private final LeftOut leftOut;

  /** Documents a search leaves out though its query matches them: neither hits nor counted. */
  public interface LeftOut {
    /** Leaves nothing out. */
    LeftOut NOTHING = segment -> null;

    /** The documents of the segment (of the reader without a deadline's wrapper) to leave out, or null for none. */
    Bits in(LeafReaderContext segment) throws IOException;
  }

  /**
   * @param wanted how many hits, at least 1
   * @param reader the searched reader, for the ids (without a deadline's wrapper, whose checks
   *     could otherwise end the search while the hits it found are being ordered)
   */
  public TopHitsByScoreThenId(int wanted, IndexReader reader) {
    this(wanted, reader, LeftOut.NOTHING);
  }

  /** As {@link #TopHitsByScoreThenId(int, IndexReader)}, leaving out the documents {@code leftOut} names. */
  public TopHitsByScoreThenId(int wanted, IndexReader reader, LeftOut leftOut) {
    // As Lucene's collectors: no queue longer than the index, whatever the page asked for.
    this.wanted = Math.min(wanted, Math.max(1, reader.maxDoc()));
    this.reader = reader;
    this.leftOut = leftOut;
  }

  @Override
  public Candidates newCollector() {
    return new Candidates(wanted, Math.max(SearchOptions.EXACT_COUNT, wanted), reader.leaves(), leftOut);
  }

  /**
   * The hits of one search slice that can be among the best: the queue and the documents tied with
   * its lowest hit that have the smallest ids.
   */
  public static final class Candidates implements Collector {
    private final int wanted;
    private final int exactCount;
    /** The segments of the searched reader without a deadline's wrapper, to read ids from. */
    private final List<LeafReaderContext> unwrapped;
    /** The best hits so far by score (equal scores by doc id); its top is the lowest of them. */
    private final HitQueue best;
    /**
     * Per segment, documents left out of the full queue though they score exactly as its lowest
     * hit. At most {@code wanted} of them can make the page, those with the smallest ids, and
     * within a segment ids follow their doc value ordinals: each segment keeps its first
     * {@code wanted} by ordinal, read as the documents come, as Lucene's sort reads them.
     */
    private final List<SegmentTies> segmentTies = new ArrayList<>();
    /** Hits pushed out of the queue by a better one while tied with its new lowest: of any segment, and few. */
    private final IntList displaced = new IntList();
    /** Counts the times the lowest score rose, which drops the documents tied with the old one. */
    private int tiesGeneration;
    private long totalHits;
    /** Whether a scorer was allowed to skip documents, which makes the count a lower bound. */
    private boolean skipping;
    /** The ids {@link #tiesLoseIn} has read, by doc. */
    private final Map<Integer, BytesRef> idsRead = new HashMap<>();
    /** How many segments skipped the documents tied with the lowest hit; for tests. */
    private int segmentsWhereTiesLose;

    private final LeftOut leftOut;

    Candidates(int wanted, int exactCount, List<LeafReaderContext> unwrapped, LeftOut leftOut) {
      this.wanted = wanted;
      this.exactCount = exactCount;
      this.unwrapped = unwrapped;
      this.leftOut = leftOut;
      this.best = new HitQueue(wanted, false);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.TOP_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      int docBase = context.docBase;
      Bits skipped = leftOut.in(unwrapped.get(context.ord));
      return new LeafCollector() {
        private Scorable scorer;
        private float minCompetitiveScore;
        /** The segment's ids, read once one of its documents ties. */
        private SortedDocValues ids;
        private SegmentTies ties;
        private int tiesOfGeneration = -1;
        /** Whether {@link #tiesLoseAt} has been worked out for this segment: once, when skipping may start. */
        private boolean tiesChecked;
        /** The queue's lowest score at which this segment's documents tied with it lose on id; NaN when not known to. */
        private float tiesLoseAt = Float.NaN;
        /** The queue's lowest score when skipping was last let, NaN before. */
        private float lowestSeen = Float.NaN;

        @Override
        public void setScorer(Scorable scorer) throws IOException {
          this.scorer = scorer;
          minCompetitiveScore = 0; // a new scorer knows no bound yet
          lowestSeen = Float.NaN;
          letSkip();
        }

        @Override
        public void collect(int doc) throws IOException {
          if (skipped != null && skipped.get(doc)) {
            return;
          }
          totalHits++;
          float score = scorer.score();
          if (best.size() < wanted) {
            best.add(new ScoreDoc(docBase + doc, score));
          } else {
            ScoreDoc lowest = best.top();
            if (score == lowest.score) {
              if (score != tiesLoseAt) {
                tie(doc);
              }
            } else if (score > lowest.score) {
              displace(lowest, docBase + doc, score);
            }
          }
          if (totalHits > exactCount) {
            letSkip();
          }
        }

        private void tie(int doc) throws IOException {
          if (ids == null) {
            ids = DocValues.getSorted(unwrapped.get(context.ord).reader(), Schema.ID);
          }
          if (tiesOfGeneration != tiesGeneration) {
            ties = new SegmentTies(docBase, Math.min(wanted, context.reader().maxDoc()));
            segmentTies.add(ties);
            tiesOfGeneration = tiesGeneration;
          }
          ties.add(ids.advanceExact(doc) ? ids.ordValue() : -1, doc);
        }

        /**
         * Lets the scorer skip documents scoring less than the queue's lowest once the count may
         * stop being exact, and those scoring as much while they would lose on id.
         */
        private void letSkip() throws IOException {
          if (totalHits > exactCount && best.size() == wanted) {
            float lowest = best.top().score;
            if (lowest == lowestSeen) {
              return; // called for every hit collected: nothing to do till the lowest score moves
            }
            lowestSeen = lowest;
            if (!tiesChecked) {
              tiesChecked = true;
              if (tiesLoseIn(context, lowest)) {
                tiesLoseAt = lowest;
                segmentsWhereTiesLose++;
              }
            }
            float competitive = lowest == tiesLoseAt ? Math.nextUp(lowest) : lowest;
            if (competitive > minCompetitiveScore) {
              scorer.setMinCompetitiveScore(competitive);
              minCompetitiveScore = competitive;
              skipping = true;
            }
          }
        }
      };
    }

    private void displace(ScoreDoc lowest, int doc, float score) {
      int displacedDoc = lowest.doc;
      float displacedScore = lowest.score;
      lowest.doc = doc;
      lowest.score = score;
      if (best.updateTop().score == displacedScore) {
        displaced.add(displacedDoc);
      } else {
        segmentTies.clear();
        displaced.clear();
        tiesGeneration++;
      }
    }

    /**
     * Whether every document of {@code segment} scoring {@code lowest}, the full queue's lowest
     * score, would lose on id: whether the documents tied at that score whose ids come before the
     * segment's first id fill the page's places at that score. The first id is that of ordinal 0,
     * deleted documents included, which can only make it smaller: the answer errs towards no.
     * Reads one id of the segment and, once per search and score, the ids of the tied documents.
     */
    boolean tiesLoseIn(LeafReaderContext segment, float lowest) throws IOException {
      BytesRef first = FIRST_IDS.get(unwrapped.get(segment.ord).reader());
      if (first == NO_FIRST_ID) {
        return false;
      }
      IntList tied = new IntList();
      for (ScoreDoc hit : best) {
        if (hit.score == lowest) {
          tied.add(hit.doc);
        }
      }
      int places = tied.size; // the page's places at the lowest score: those its better hits leave
      tied.addAll(displaced.values, displaced.size);
      for (SegmentTies ties : segmentTies) {
        ties.addTo(tied);
      }
      int before = 0;
      for (int i = 0; i < tied.size; i++) {
        BytesRef id = idOf(tied.values[i]);
        // An equal id loses on doc id to the earlier segment's document; a missing one sorts first.
        if ((id == null || id.compareTo(first) <= 0) && ++before == places) {
          return true;
        }
      }
      return false;
    }

    /** The id of a document of the searched reader, null for none; kept, as segment after segment asks for the same tied documents. */
    private BytesRef idOf(int doc) throws IOException {
      if (idsRead.containsKey(doc)) {
        return idsRead.get(doc);
      }
      LeafReaderContext leaf = unwrapped.get(ReaderUtil.subIndex(doc, unwrapped));
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), Schema.ID);
      BytesRef id = ids.advanceExact(doc - leaf.docBase) ? BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue())) : null;
      idsRead.put(doc, id);
      return id;
    }

    /** How many of the searched segments let their scorers skip the documents tied with the lowest hit. */
    int segmentsWhereTiesLose() {
      return segmentsWhereTiesLose;
    }

    /** Adds to {@code docs} the documents outside the queue tied with its lowest hit, if that scores {@code score}. */
    void addTiedAt(float score, IntList docs) {
      if (best.size() == wanted && Float.compare(best.top().score, score) == 0) {
        docs.addAll(displaced.values, displaced.size);
        for (SegmentTies ties : segmentTies) {
          ties.addTo(docs);
        }
      }
    }
  }

  /** Stands for a segment some of whose documents have no id. */
  private static final BytesRef NO_FIRST_ID = new BytesRef();

  /**
   * The smallest id of each segment's documents (deleted ones included), or {@link #NO_FIRST_ID}
   * when some have none, which would sort first: none is written without one.
   */
  private static final SegmentCache<BytesRef> FIRST_IDS = new SegmentCache<>(segment -> {
    SortedDocValues ids = DocValues.getSorted(segment, Schema.ID);
    return segment.getDocCount(Schema.ID) == segment.maxDoc() && ids.getValueCount() > 0
        ? BytesRef.deepCopyOf(ids.lookupOrd(0))
        : NO_FIRST_ID;
  });

  /** A segment's tied documents with the smallest ids, each as its (ordinal, doc) in one long, negated. */
  private static final class SegmentTies {
    private final int docBase;
    /** A min-heap of the negated keys: its top is the largest key kept, the first to go. */
    private final LongHeap firstByOrdinal;

    SegmentTies(int docBase, int capacity) {
      this.docBase = docBase;
      this.firstByOrdinal = new LongHeap(capacity);
    }

    /** @param ordinal the id's ordinal, -1 for none (first, as the sort puts a missing id) */
    void add(int ordinal, int doc) {
      firstByOrdinal.insertWithOverflow(-(((long) (ordinal + 1) << 32) | doc));
    }

    void addTo(IntList docs) {
      for (int i = 1; i <= firstByOrdinal.size(); i++) {
        docs.add(docBase + (int) -firstByOrdinal.get(i));
      }
    }
  }

  @Override
  public TopDocs reduce(Collection<Candidates> collectors) throws IOException {
    long totalHits = 0;
    boolean lowerBound = false;
    List<ScoreDoc> queued = new ArrayList<>();
    for (Candidates candidates : collectors) {
      totalHits += candidates.totalHits;
      lowerBound |= candidates.skipping;
      candidates.best.forEach(queued::add);
    }
    queued.sort((a, b) -> Float.compare(b.score, a.score));
    List<ScoreDoc> hits = new ArrayList<>(Math.min(wanted, queued.size()));
    // Walks the queued hits by score, a run of equal scores at a time, adding to each run the
    // documents tied with it outside the queues (each queue's lowest score is queued, so none is missed).
    for (int start = 0, end; start < queued.size() && hits.size() < wanted; start = end) {
      float score = queued.get(start).score;
      end = start;
      IntList run = new IntList();
      while (end < queued.size() && Float.compare(queued.get(end).score, score) == 0) {
        run.add(queued.get(end++).doc);
      }
      for (Candidates candidates : collectors) {
        candidates.addTiedAt(score, run);
      }
      int keep = Math.min(run.size, wanted - hits.size());
      for (int doc : inIdOrder(run, keep)) {
        hits.add(new ScoreDoc(doc, score));
      }
    }
    return new TopDocs(new TotalHits(totalHits, lowerBound ? TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO : TotalHits.Relation.EQUAL_TO),
        hits.toArray(ScoreDoc[]::new));
  }

  /**
   * The {@code keep} documents of {@code docs} with the smallest ids, in id order; a document
   * without an id (there is none) first, as the sort puts it. Ids come from the doc values the sort
   * reads: in each segment the ordinals give the segment's first {@code keep} in order, and the
   * segments' lists are merged comparing ids as bytes, read only for the heads of the lists.
   */
  private int[] inIdOrder(IntList docs, int keep) throws IOException {
    if (docs.size == 1) {
      return new int[] {docs.values[0]};
    }
    int[] sorted = Arrays.copyOf(docs.values, docs.size);
    if (!ascending(sorted)) {
      Arrays.sort(sorted); // by segment, and doc values are read forward only
    }
    List<SegmentFirsts> segments = new ArrayList<>();
    List<LeafReaderContext> leaves = reader.leaves();
    for (int start = 0, end; start < sorted.length; start = end) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sorted[start], leaves));
      int leafEnd = leaf.docBase + leaf.reader().maxDoc();
      end = start;
      while (end < sorted.length && sorted[end] < leafEnd) {
        end++;
      }
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), Schema.ID);
      // Ordinal (missing: -1, first) and position in one long each, so that one sort of longs
      // orders them by ordinal, then by doc id.
      long[] byOrdinal = new long[end - start];
      for (int i = start; i < end; i++) {
        int ordinal = ids.advanceExact(sorted[i] - leaf.docBase) ? ids.ordValue() : -1;
        byOrdinal[i - start] = ((long) (ordinal + 1) << 32) | i;
      }
      long[] firsts = smallest(byOrdinal, keep);
      int[] firstDocs = new int[firsts.length];
      int[] firstOrdinals = new int[firsts.length];
      for (int k = 0; k < firsts.length; k++) {
        firstDocs[k] = sorted[(int) firsts[k]];
        firstOrdinals[k] = (int) (firsts[k] >>> 32) - 1;
      }
      segments.add(new SegmentFirsts(ids, firstDocs, firstOrdinals));
    }
    if (segments.size() == 1) {
      int[] only = segments.getFirst().docs();
      return only.length > keep ? Arrays.copyOf(only, keep) : only;
    }
    PriorityQueue<SegmentHead> heads = new PriorityQueue<>(
        Comparator.comparing((SegmentHead head) -> head.id, Comparator.nullsFirst(Comparator.<BytesRef>naturalOrder()))
            .thenComparingInt(SegmentHead::doc));
    for (SegmentFirsts segment : segments) {
      heads.add(new SegmentHead(segment));
    }
    int[] merged = new int[Math.min(keep, sorted.length)];
    for (int n = 0; n < merged.length; n++) {
      SegmentHead head = heads.poll();
      merged[n] = head.doc();
      if (head.advance()) {
        heads.add(head);
      }
    }
    return merged;
  }

  /** A segment's documents with the smallest ids, in id order, and the ordinals of their ids. */
  private record SegmentFirsts(SortedDocValues ids, int[] docs, int[] ordinals) {}

  /** The next document of a segment's list in a merge across segments, with its id read. */
  private static final class SegmentHead {
    private final SegmentFirsts segment;
    private int index;
    private BytesRef id;

    SegmentHead(SegmentFirsts segment) throws IOException {
      this.segment = segment;
      readId();
    }

    int doc() {
      return segment.docs()[index];
    }

    boolean advance() throws IOException {
      if (++index == segment.docs().length) {
        return false;
      }
      readId();
      return true;
    }

    private void readId() throws IOException {
      int ordinal = segment.ordinals()[index];
      id = ordinal < 0 ? null : BytesRef.deepCopyOf(segment.ids().lookupOrd(ordinal));
    }
  }

  private static boolean ascending(int[] values) {
    for (int i = 1; i < values.length; i++) {
      if (values[i - 1] > values[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The {@code keep} smallest of {@code values}, ascending: through a heap when they are few of
   * many (a page's worth of the thousands of paragraphs a constant-score query ties), else by
   * sorting them all.
   */
  private static long[] smallest(long[] values, int keep) {
    if (keep >= values.length / 8) {
      Arrays.sort(values);
      return values.length > keep ? Arrays.copyOf(values, keep) : values;
    }
    LongHeap largestKept = new LongHeap(keep); // min-heap of the negated values: its top is the largest kept
    for (long value : values) {
      largestKept.insertWithOverflow(-value);
    }
    long[] kept = new long[keep];
    for (int i = keep - 1; i >= 0; i--) {
      kept[i] = -largestKept.pop();
    }
    return kept;
  }

  /** A growable list of doc ids. */
  private static final class IntList {
    private int[] values = new int[8];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    void clear() {
      size = 0;
    }

    void addAll(int[] more, int count) {
      if (size + count > values.length) {
        values = Arrays.copyOf(values, Math.max(size + count, size * 2));
      }
      System.arraycopy(more, 0, values, size, count);
      size += count;
    }
  }
}
