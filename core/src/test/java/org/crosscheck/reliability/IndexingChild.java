package org.crosscheck.reliability;

import java.nio.file.Path;
import org.crosscheck.Crosscheck;
import org.crosscheck.index.IndexReport;

/** The process {@link CrashSafetyTest} kills: it indexes a folder through the facade, as an application would. */
public final class IndexingChild {
  private IndexingChild() {}

  public static void main(String[] args) {
    try (Crosscheck crosscheck = Crosscheck.open(Path.of(args[0]))) {
      IndexReport report = crosscheck.index(Path.of(args[1]));
      System.out.println("done: " + report.articlesIndexed() + " articles");
    }
  }
}
