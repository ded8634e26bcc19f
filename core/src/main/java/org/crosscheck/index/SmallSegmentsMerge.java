package org.crosscheck.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;

/**
 * Merges an index's small segments into one at the end of an indexing run, leaving its big ones
 * alone. Two threads writing and a 64 MB buffer leave a big corpus with a tail of small segments
 * (a million paragraphs: 4 big ones and 10 of 2-4% of the index each), which the merge policy
 * keeps, as a tier holds up to ten. Every search looks each term up in each segment, so that tail
 * made searches of a million paragraphs about a tenth slower (docs/BENCHMARKS.md, round 8).
 * Merging it, and waiting for the background merges under way (which closing the writer would
 * abandon), took 0-20 s of a 115 s million-paragraph run, and nothing measurable at 100k.
 *
 * <p>"Small" is under a quarter of the biggest segment, as the segments stand when the run ends: a
 * tail that size is cheap to rewrite however big the index, and the big segments, the expensive
 * ones, never take part. The merge is worked out once per run, so its result, however big, is
 * not merged again; segments a background merge is writing at that moment are left to it.
 *
 * <p>The writer must have this policy from the start ({@link #around}): a forced merge marks the
 * background merges running when it starts as forced too, and each of them, when it ends, asks
 * the policy it started under for more forced merges. Asked that, the usual policy merges the
 * whole index into one segment, which at a million paragraphs added a third to the run.
 */
public final class SmallSegmentsMerge extends FilterMergePolicy {
  /** A segment under this share of the biggest one's bytes is small. */
  private static final double SMALL_SHARE = 0.25;

  /** Whether the one merge of this run has been worked out: the writer asks again after each merge. */
  private boolean worked;

  private SmallSegmentsMerge(MergePolicy in) {
    super(in);
  }

  /** The policy of one indexing run's writer: {@code usual}'s merges, and this end-of-run merge. */
  public static MergePolicy around(MergePolicy usual) {
    return new SmallSegmentsMerge(usual);
  }

  /**
   * Merges the small segments of a writer made with {@link #around} into one (if there are two or
   * more), and waits till that merge and the background merges running now are done.
   *
   * @throws IllegalStateException when the writer has another merge policy
   */
  public static void run(IndexWriter writer) throws IOException {
    if (!(writer.getConfig().getMergePolicy() instanceof SmallSegmentsMerge)) {
      throw new IllegalStateException("the writer was not made with SmallSegmentsMerge.around(...)");
    }
    writer.forceMerge(1); // the count is the policy's to decide: it asks for the one merge of the small segments
  }

  @Override
  public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
      Map<SegmentCommitInfo, Boolean> segmentsToMerge, MergeContext context) throws IOException {
    if (worked) {
      return null;
    }
    worked = true;
    long biggest = 0;
    for (SegmentCommitInfo info : infos) {
      biggest = Math.max(biggest, info.sizeInBytes());
    }
    List<SegmentCommitInfo> small = new ArrayList<>();
    for (SegmentCommitInfo info : infos) {
      if (segmentsToMerge.containsKey(info) && !context.getMergingSegments().contains(info)
          && info.sizeInBytes() < biggest * SMALL_SHARE) {
        small.add(info);
      }
    }
    if (small.size() < 2) {
      return null;
    }
    MergeSpecification merges = new MergeSpecification();
    merges.add(new OneMerge(small));
    return merges;
  }
}
