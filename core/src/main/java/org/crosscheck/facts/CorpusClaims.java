package org.crosscheck.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.crosscheck.Span;
import org.crosscheck.index.IndexedParagraph;
import org.crosscheck.index.ParagraphDocuments;
import org.crosscheck.index.Schema;
import org.crosscheck.ingest.ParagraphKind;

/**
 * The claims of a corpus, as the facts report compares them: every body sentence with at least
 * {@link SameFactFinder#MIN_SENTENCE_STEMS} stems, in id order, a sentence repeated within an article
 * counted once.
 *
 * <p>Identical claims are <em>grouped</em>: the same sentence of the same paragraph text in the same
 * source (a wire story that several articles of an outlet carry word for word, or the copies of a
 * tiled benchmark corpus) is analysed, packed and compared once, and stands for all its copies. Each
 * paragraph text is analysed once however often it occurs, and a group's sentence is reduced to
 * {@link PackedUnit}s for the sentence alone and for the sentence with the next one (as {@link
 * SameFactFinder#windows} cuts paragraphs), so the report never holds the paragraphs themselves.
 *
 * <p>Paragraphs are read and analysed on every core, in batches; claims and groups are numbered in
 * id order whatever the threads do, so the result is the same on every run.
 */
final class CorpusClaims {
  /** How many of a claim's rarest stems it is filed under for blocking: a sentence's fact lies in its rarest words. */
  static final int BLOCKING_KEYS = 12;

  /** Paragraphs analysed at once (in parallel) before their claims are numbered; bounds the memory in flight. */
  private static final int BATCH = 4096;
  /** Paragraphs per parallel task. */
  private static final int CHUNK = 64;

  private static final Sort BY_ID = new Sort(new SortField(Schema.ID, SortField.Type.STRING));

  /**
   * A sentence of a paragraph text that says enough to be a claim, analysed once for every paragraph
   * with that text.
   *
   * @param start where the sentence starts in its paragraph
   * @param text the sentence as the report shows it
   * @param unit the sentence
   * @param withNext the sentence and the next one, or null for the paragraph's last sentence
   * @param keys the blocking keys: the ids of the sentence's {@link #BLOCKING_KEYS} rarest stems that
   *     another paragraph also uses, rarest first (ties by the stem)
   */
  record Sentence(int start, String text, PackedUnit unit, PackedUnit withNext, int[] keys) {}

  /** The claims of one paragraph text, and their normalised wording to spot a sentence repeated in an article. */
  private static final class AnalysedText {
    final List<Span> sentences;
    final Sentence[] claims;
    final String[] normalized;

    AnalysedText(List<Span> sentences, Sentence[] claims, String[] normalized) {
      this.sentences = sentences;
      this.claims = claims;
      this.normalized = normalized;
    }
  }

  /** A body paragraph as read, with its analysed text. */
  private record Read(String paragraphId, String article, String source, AnalysedText analysed) {}

  /** A group is one sentence (of one paragraph text, by identity) in one source. */
  private record GroupKey(int source, AnalysedText analysed, int claim) {}

  // The sources, numbered as they are met; sourcesByName lists their numbers by name.
  private final List<String> sourceNames = new ArrayList<>();
  private int[] sourcesByName;

  // Per claim, in id order.
  private int claimCount;
  private int[] claimGroup = new int[1024];
  private String[] claimParagraph = new String[1024];

  // Per group.
  private final List<Sentence> groupSentence = new ArrayList<>();
  private int[] groupSource = new int[1024];
  private int[] memberStart;
  private int[] members;

  // Blocking: per stem id, the groups filed under it, and how many claims they stand for.
  private int[] filedStart;
  private int[] filed;
  private int[] blockSize;

  private final int stemCount;
  private final double[] stemWeights;
  private final double rarest;

  private CorpusClaims(IndexSearcher searcher) throws IOException {
    TermIds ids = new TermIds();
    TermWeights weights = TermWeights.ofEveryStem(searcher.getIndexReader());
    this.rarest = weights.rarest();
    read(searcher, ids, weights);
    this.stemCount = ids.stemCount();
    this.stemWeights = ids.stemWeights(weights);
    index();
  }

  /** Reads, analyses and groups the claims of the index's body paragraphs. */
  static CorpusClaims read(IndexSearcher searcher) throws IOException {
    return new CorpusClaims(searcher);
  }

  private void read(IndexSearcher searcher, TermIds ids, TermWeights weights) throws IOException {
    TermQuery body = new TermQuery(new Term(Schema.KIND, ParagraphKind.BODY.label()));
    int count = searcher.count(body);
    if (count == 0) {
      sourcesByName = new int[0];
      return;
    }
    ScoreDoc[] docs = searcher.search(body, count, BY_ID).scoreDocs;
    Map<String, AnalysedText> byText = new ConcurrentHashMap<>();
    Map<String, Integer> sourceIds = new HashMap<>();
    Map<String, Set<String>> seenByArticle = new HashMap<>();
    Map<GroupKey, Integer> groups = new HashMap<>();
    Read[] batch = new Read[BATCH];
    for (int from = 0; from < docs.length; from += BATCH) {
      int start = from;
      int end = Math.min(docs.length, from + BATCH);
      // Read in the index's own order: stored documents are compressed in blocks, and a block
      // already open serves the next document.
      int[] inDocOrder = IntStream.range(start, end).boxed()
          .sorted(Comparator.comparingInt(d -> docs[d].doc)).mapToInt(Integer::intValue).toArray();
      try {
        IntStream.range(0, (inDocOrder.length + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
          try {
            InDocOrder stored = new InDocOrder(searcher.getIndexReader().leaves());
            for (int i = chunk * CHUNK; i < Math.min(inDocOrder.length, (chunk + 1) * CHUNK); i++) {
              int d = inDocOrder[i];
              batch[d - start] = read(stored.document(docs[d].doc), byText, ids, weights);
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      // Numbered in id order, one thread: the same numbers on every run.
      for (int d = 0; d < end - start; d++) {
        Read read = batch[d];
        batch[d] = null;
        AnalysedText analysed = read.analysed();
        if (analysed.claims.length == 0) {
          continue;
        }
        int source = sourceIds.computeIfAbsent(read.source(), s -> {
          sourceNames.add(s);
          return sourceNames.size() - 1;
        });
        Set<String> seen = seenByArticle.computeIfAbsent(read.article(), a -> new HashSet<>());
        for (int c = 0; c < analysed.claims.length; c++) {
          if (!seen.add(analysed.normalized[c])) {
            continue;
          }
          Sentence sentence = analysed.claims[c];
          int group = groups.computeIfAbsent(new GroupKey(source, analysed, c), k -> addGroup(source, sentence));
          addClaim(group, read.paragraphId());
        }
      }
    }
    TreeMap<String, Integer> byName = new TreeMap<>(sourceIds);
    sourcesByName = byName.values().stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Stored documents read in increasing doc id order. Lucene compresses stored documents in blocks
   * and, for one document, decompresses its block's dictionary and the part that holds it: reading a
   * whole corpus that way decompresses most blocks many times over. The codec's merge instance, made
   * for reading every document in order, decompresses each block once. Not thread-safe.
   */
  private static final class InDocOrder {
    private final List<LeafReaderContext> leaves;
    private final StoredFields[] readers;

    InDocOrder(List<LeafReaderContext> leaves) {
      this.leaves = leaves;
      this.readers = new StoredFields[leaves.size()];
    }

    Document document(int doc) throws IOException {
      int leaf = ReaderUtil.subIndex(doc, leaves);
      LeafReaderContext context = leaves.get(leaf);
      if (readers[leaf] == null) {
        readers[leaf] = context.reader() instanceof CodecReader codec && codec.getFieldsReader() != null
            ? codec.getFieldsReader().getMergeInstance()
            : context.reader().storedFields();
      }
      return readers[leaf].document(doc - context.docBase);
    }
  }

  private static Read read(Document doc, Map<String, AnalysedText> byText, TermIds ids, TermWeights weights) {
    IndexedParagraph paragraph = ParagraphDocuments.fromStored(doc);
    String text = paragraph.paragraph().text();
    List<Span> sentences = paragraph.paragraph().sentences();
    AnalysedText analysed = byText.get(text);
    if (analysed == null) {
      AnalysedText fresh = analyse(text, sentences, ids, weights);
      AnalysedText raced = byText.putIfAbsent(text, fresh);
      analysed = raced == null ? fresh : raced;
    }
    if (!analysed.sentences.equals(sentences)) {
      // The same text split otherwise (indexed by another version of the sentence splitter): its own claims.
      analysed = analyse(text, sentences, ids, weights);
    }
    String article = paragraph.paragraph().articleId();
    return new Read(paragraph.id(), article, Sources.of(paragraph.outlet(), article), analysed);
  }

  /** The claims of a paragraph: each sentence that says enough, with the passages that start at it. */
  private static AnalysedText analyse(String text, List<Span> sentences, TermIds ids, TermWeights weights) {
    List<Sentence> claims = new ArrayList<>();
    List<String> normalized = new ArrayList<>();
    if (!sentences.isEmpty()) {
      AnalyzedText analysed = AnalyzedText.of(text);
      for (int i = 0; i < sentences.size(); i++) {
        Span sentence = sentences.get(i);
        FactUnit unit = FactUnit.of(analysed, sentence, weights);
        if (unit.stems().size() < SameFactFinder.MIN_SENTENCE_STEMS) {
          continue;
        }
        PackedUnit withNext = i + 1 < sentences.size()
            ? PackedUnit.of(FactUnit.of(analysed, new Span(sentence.start(), sentences.get(i + 1).end()), weights, 2), ids)
            : null;
        List<Key> keys = blockingKeys(unit, weights);
        claims.add(new Sentence(sentence.start(), sentence.of(text).strip(), PackedUnit.of(unit, ids), withNext,
            keys.stream().mapToInt(k -> ids.stem(k.stem())).toArray()));
        normalized.add(SameFactFinder.normalized(sentence.of(text)));
      }
    }
    return new AnalysedText(List.copyOf(sentences), claims.toArray(Sentence[]::new), normalized.toArray(String[]::new));
  }

  private record Key(String stem, double weight) {}

  /** The rarest stems of a claim that another paragraph also uses, rarest first (ties by the stem). */
  private static List<Key> blockingKeys(FactUnit unit, TermWeights weights) {
    List<Key> keys = new ArrayList<>();
    for (String stem : unit.stems()) {
      if (weights.documentFrequency(stem) > 1) {
        keys.add(new Key(stem, weights.of(stem)));
      }
    }
    keys.sort(Comparator.comparingDouble((Key k) -> -k.weight()).thenComparing(Key::stem));
    return keys.size() > BLOCKING_KEYS ? keys.subList(0, BLOCKING_KEYS) : keys;
  }

  private int addGroup(int source, Sentence sentence) {
    int group = groupSentence.size();
    groupSentence.add(sentence);
    if (group == groupSource.length) {
      groupSource = Arrays.copyOf(groupSource, group * 2);
    }
    groupSource[group] = source;
    return group;
  }

  private void addClaim(int group, String paragraphId) {
    if (claimCount == claimGroup.length) {
      claimGroup = Arrays.copyOf(claimGroup, claimCount * 2);
      claimParagraph = Arrays.copyOf(claimParagraph, claimCount * 2);
    }
    claimGroup[claimCount] = group;
    claimParagraph[claimCount] = paragraphId;
    claimCount++;
  }

  /** Lists each group's claims, and files each group under its blocking keys. */
  private void index() {
    int groups = groupSentence.size();
    memberStart = new int[groups + 1];
    for (int c = 0; c < claimCount; c++) {
      memberStart[claimGroup[c] + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      memberStart[g + 1] += memberStart[g];
    }
    members = new int[claimCount];
    int[] next = Arrays.copyOf(memberStart, groups);
    for (int c = 0; c < claimCount; c++) {
      members[next[claimGroup[c]]++] = c;
    }
    filedStart = new int[stemCount + 1];
    blockSize = new int[stemCount];
    for (int g = 0; g < groups; g++) {
      for (int key : groupSentence.get(g).keys()) {
        filedStart[key + 1]++;
        blockSize[key] += memberCount(g);
      }
    }
    for (int k = 0; k < stemCount; k++) {
      filedStart[k + 1] += filedStart[k];
    }
    filed = new int[filedStart[stemCount]];
    next = Arrays.copyOf(filedStart, stemCount);
    for (int g = 0; g < groups; g++) {
      for (int key : groupSentence.get(g).keys()) {
        filed[next[key]++] = g;
      }
    }
  }

  int claimCount() {
    return claimCount;
  }

  int groupCount() {
    return groupSentence.size();
  }

  /** The group a claim belongs to. */
  int group(int claim) {
    return claimGroup[claim];
  }

  /** The paragraph a claim is a sentence of. */
  String paragraphId(int claim) {
    return claimParagraph[claim];
  }

  /** The key that breaks ties between claims: the paragraph id and where the sentence starts. */
  String key(int claim) {
    return claimParagraph[claim] + "@" + groupSentence.get(claimGroup[claim]).start();
  }

  Sentence sentence(int group) {
    return groupSentence.get(group);
  }

  /** The number of a group's source. */
  int source(int group) {
    return groupSource[group];
  }

  String sourceName(int source) {
    return sourceNames.get(source);
  }

  int sourceCount() {
    return sourceNames.size();
  }

  /** The numbers of the sources, by name. */
  int[] sourcesByName() {
    return sourcesByName.clone();
  }

  int memberCount(int group) {
    return memberStart[group + 1] - memberStart[group];
  }

  /** The {@code i}-th claim of a group, in id order. */
  int member(int group, int i) {
    return members[memberStart[group] + i];
  }

  /** How many claims are filed under a stem. */
  int blockSize(int stem) {
    return blockSize[stem];
  }

  int filedFrom(int stem) {
    return filedStart[stem];
  }

  int filedTo(int stem) {
    return filedStart[stem + 1];
  }

  /** The {@code i}-th group of the flat list that {@link #filedFrom} and {@link #filedTo} index. */
  int filed(int i) {
    return filed[i];
  }

  /** {@link TermWeights#of} of every stem by id. */
  double[] stemWeights() {
    return stemWeights;
  }

  double rarest() {
    return rarest;
  }
}
