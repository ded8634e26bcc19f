package org.crosscheck.facts;

import java.util.List;

/**
 * Tells a misquotation from a longer or shorter quotation. Two quotations are of the same words
 * when their content words share a long common subsequence; they differ when, between the first and
 * the last shared word, either one has words the other lacks ("no decision made to leave Iraq" and
 * "no decision whatsoever to leave Iraq"). Quoting more or less of the same sentence is not a
 * difference.
 */
final class QuoteComparison {
  /** Fewer shared words than this is two different quotations, not one quoted two ways. */
  static final int MIN_SHARED_WORDS = 3;

  private QuoteComparison() {}

  static boolean sameQuotation(List<String> a, List<String> b) {
    int shared = lcs(a, b)[a.size()][b.size()];
    return shared >= MIN_SHARED_WORDS && shared * 2 >= Math.min(a.size(), b.size());
  }

  /** Whether two quotations of the same words differ inside the stretch they share. */
  static boolean differ(List<String> a, List<String> b) {
    int[][] table = lcs(a, b);
    // Walk the common subsequence back, noting the first and last matched positions on each side.
    int i = a.size();
    int j = b.size();
    int firstA = -1;
    int lastA = -1;
    int firstB = -1;
    int lastB = -1;
    int matched = 0;
    while (i > 0 && j > 0) {
      if (a.get(i - 1).equals(b.get(j - 1))) {
        if (lastA < 0) {
          lastA = i - 1;
          lastB = j - 1;
        }
        firstA = i - 1;
        firstB = j - 1;
        matched++;
        i--;
        j--;
      } else if (table[i - 1][j] >= table[i][j - 1]) {
        i--;
      } else {
        j--;
      }
    }
    if (matched == 0) {
      return false;
    }
    int spanA = lastA - firstA + 1;
    int spanB = lastB - firstB + 1;
    return spanA > matched || spanB > matched;
  }

  private static int[][] lcs(List<String> a, List<String> b) {
    int[][] table = new int[a.size() + 1][b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        table[i][j] = a.get(i - 1).equals(b.get(j - 1))
            ? table[i - 1][j - 1] + 1
            : Math.max(table[i - 1][j], table[i][j - 1]);
      }
    }
    return table;
  }
}
