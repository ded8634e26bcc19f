package org.crosscheck.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.index.IndexProgress;
import org.junit.jupiter.api.Test;

class IndexProgressViewTest {
  @Test
  void theBarShowsShareArticlesPaceAndTimeLeft() {
    assertEquals("[======>                 ]  25%  150 articles  300 paragraphs/s  0:09 left",
        IndexProgressView.line(new IndexProgress(150, 900, 0, 250, 1000, Duration.ofSeconds(3))));
    assertEquals("[========================] 100%  2224 articles  4380 paragraphs/s  0:00 left",
        IndexProgressView.line(new IndexProgress(2224, 8760, 1, 5000, 5000, Duration.ofSeconds(2))));
    assertEquals("[>                       ]   0%  0 articles  0 paragraphs/s",
        IndexProgressView.line(new IndexProgress(0, 0, 0, 0, 1000, Duration.ZERO)));
  }

  @Test
  void theBarRedrawsInPlaceAtMostTenTimesASecondAndClearsWhenDone() {
    StringWriter text = new StringWriter();
    AtomicLong now = new AtomicLong();
    IndexProgressView view = new IndexProgressView(new PrintWriter(text), now::get);
    view.progress(new IndexProgress(0, 0, 0, 0, 100, Duration.ZERO));
    now.set(Duration.ofMillis(50).toNanos());
    view.progress(new IndexProgress(1, 2, 0, 10, 100, Duration.ofMillis(50)));
    now.set(Duration.ofMillis(150).toNanos());
    view.progress(new IndexProgress(2, 4, 0, 50, 100, Duration.ofSeconds(1)));
    view.clear();
    String first = "[>                       ]   0%  0 articles  0 paragraphs/s";
    String second = "[============>           ]  50%  2 articles  4 paragraphs/s  0:01 left";
    assertEquals("\r" + first + "\r" + second + "\r" + " ".repeat(second.length()) + "\r", text.toString());
  }
}
