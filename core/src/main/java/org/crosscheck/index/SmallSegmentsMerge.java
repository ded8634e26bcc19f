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
 * keeps, as a tier holds up to ten. Every search opens each segment's postings for each term, so
 * that tail made the slowest queries of the benchmark mix 10-20% slower (docs/BENCHMARKS.md, round
 * 8). Merging it costs a few percent of the run, and nothing when the run left no tail.
 *
 * <p>"Small" is under a quarter of the biggest segment, as the segments stand when the run ends: a
 * tail that size is cheap to rewrite however big the index, and the big segments, the expensive
 * ones, never take part. The merge is worked out once per run, so its result, however big, is
 * not merged again; segments a background merge is writing at that moment are left to it.
 */
public final class SmallSegmentsMerge extends FilterMergePolicy {
  /** A segment under this share of the biggest one's bytes is small. */
  private static final double SMALL_SHARE = 0.25;

  /** Whether the one merge of this run has been worked out: the writer asks again after each merge. */
  private boolean worked;

  private SmallSegmentsMerge(MergePolicy in) {
    super(in);
  }

  /** Merges the writer's small segments into one (if there are two or more), waiting till it is done. */
  public static void run(IndexWriter writer) throws IOException {
    MergePolicy usual = writer.getConfig().getMergePolicy();
    writer.getConfig().setMergePolicy(new SmallSegmentsMerge(usual));
    try {
      writer.forceMerge(1); // the count is the policy's to decide: it asks for the one merge of the small segments
    } finally {
      writer.getConfig().setMergePolicy(usual);
    }
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
