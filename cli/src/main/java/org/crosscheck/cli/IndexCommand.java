package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosscheck.Crosscheck;
import org.crosscheck.CrosscheckException;
import org.crosscheck.cli.output.Format;
import org.crosscheck.cli.output.IndexJson;
import org.crosscheck.cli.output.IndexProgressView;
import org.crosscheck.cli.output.IndexReportView;
import org.crosscheck.cli.output.Json;
import org.crosscheck.cli.setup.SeedCorpus;
import org.crosscheck.cli.setup.TerminalCheck;
import org.crosscheck.index.CorpusWatcher;
import org.crosscheck.index.IndexListener;
import org.crosscheck.index.IndexProgress;
import org.crosscheck.index.IndexReport;
import org.crosscheck.index.IndexingOptions;
import org.crosscheck.index.SkippedFile;
import org.crosscheck.ingest.OutletRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosscheck index [DIR]}: makes the index mirror a folder of articles, once or as it changes. */
@Command(
    name = "index",
    description = {
      // The first line is the summary in the root --help: a whole sentence.
      "Index a folder of articles, one document per paragraph.",
      "It reads .txt files (a title line, then paragraphs) and .jsonl files (one JSON object per line:",
      "id, title, outlet, date, url, text); DIR may be one .jsonl file.",
      "The index mirrors the folder: new and changed files are indexed, removed ones deleted, unchanged ones skipped.",
      "Outlets and titles come from the folder's manifest.csv or manifest.json (file or id, outlet, title, date, url);",
      "an article the manifest does not name takes its folder's name as its outlet (see --outlet-from, --outlet)."
    })
final class IndexCommand implements Callable<Integer> {
  /** Where outlets come from, as {@code --outlet-from} spells it. */
  enum OutletFrom { FOLDER, MANIFEST, NONE }

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Folder of articles, or a .jsonl file (default: the bundled seeds).")
  Path corpus;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--outlet-from", paramLabel = "SOURCE", defaultValue = "folder",
      description = "folder: the manifest, else the article's folder, else unknown (default); manifest: the manifest"
          + " (or the .jsonl record), else unknown; none: always unknown.")
  OutletFrom outletFrom;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Give every article this outlet (a one-outlet corpus whose folders are topics).")
  String outlet;

  @Option(names = "--watch", description = "Keep the index current as files arrive, change or go, until Ctrl-C.")
  boolean watch;

  @Option(names = "--no-entities", negatable = false,
      description = "Skip entity extraction (people, organisations, places, quotes, numbers, dates): 1.4-2x as fast;"
          + " the index then refuses person:, quote:, --person, --facets and the entities command. A later run"
          + " without this option re-indexes every article with entities.")
  boolean noEntities;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that extract entities and write articles (default: one per processor, here ${DEFAULT-VALUE}).")
  int threads = IndexingOptions.defaultThreads();

  @Override
  public Integer call() throws InterruptedException {
    Path folder = corpus != null ? corpus : SeedCorpus.folder();
    OutletRule rule = outletRule();
    IndexingOptions options = indexingOptions();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = TerminalCheck.isInteractive();
    if (watch) {
      return watch(folder, rule, options, out, err, terminal);
    }
    IndexReport report;
    try (Crosscheck crosscheck = index.openForWriting()) {
      report = crosscheck.index(folder, rule, options,
          format == Format.JSON ? IndexListener.NONE : IndexProgressView.forOutput(err, terminal));
    }
    if (format == Format.JSON) {
      out.println(Json.write(IndexJson.of(report, index.location())));
      out.flush();
      report.skipped().forEach(s -> err.println("crosscheck: skipped " + s.message()));
      report.warnings().forEach(w -> err.println("crosscheck: warning: " + w.message()));
      err.flush();
    } else {
      IndexReportView.print(report, index.location(), out, err);
    }
    return report.skipped().isEmpty() ? ExitCode.OK : ExitCode.USAGE;
  }

  private IndexingOptions indexingOptions() {
    if (threads < 1 || threads > IndexingOptions.MAX_THREADS) {
      throw new ParameterException(spec.commandLine(),
          "--threads must be between 1 and " + IndexingOptions.MAX_THREADS + ", got " + threads);
    }
    return new IndexingOptions(!noEntities, threads);
  }

  private OutletRule outletRule() {
    if (outlet != null) {
      if (spec.commandLine().getParseResult().hasMatchedOption("--outlet-from")) {
        throw new ParameterException(spec.commandLine(), "give --outlet or --outlet-from, not both");
      }
      if (outlet.isBlank()) {
        throw new ParameterException(spec.commandLine(), "--outlet needs a name");
      }
      return OutletRule.fixed(outlet);
    }
    return OutletRule.of(OutletRule.Source.valueOf(outletFrom.name()));
  }

  /** Indexes, then re-indexes on every change until Ctrl-C; each run prints one summary line. */
  private int watch(Path folder, OutletRule rule, IndexingOptions options, PrintWriter out, PrintWriter err, boolean terminal) throws InterruptedException {
    Crosscheck crosscheck = index.openForWriting();
    WatchReporter reporter = new WatchReporter(out, err, terminal ? new IndexProgressView(err, System::nanoTime) : null);
    CorpusWatcher watcher;
    try {
      watcher = crosscheck.watch(folder, rule, options, reporter, CorpusWatcher.DEFAULT_DEBOUNCE);
    } catch (RuntimeException e) {
      crosscheck.close();
      throw e;
    }
    out.println("Watching " + folder.toAbsolutePath().normalize() + " for changes; Ctrl-C stops (the index stays committed).");
    out.flush();
    Thread stopper = new Thread(() -> {
      watcher.close();
      crosscheck.close();
      err.println("crosscheck: stopped watching after " + watcher.runs() + (watcher.runs() == 1 ? " run" : " runs")
          + "; the index is committed");
      err.flush();
    }, "crosscheck-watch-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    try {
      watcher.await();
    } finally {
      watcher.close();
      crosscheck.close();
    }
    return ExitCode.OK;
  }

  /** One line per watch run, and one per problem, time-stamped. */
  private static final class WatchReporter implements IndexListener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final PrintWriter out;
    private final PrintWriter err;
    private final IndexProgressView bar;

    WatchReporter(PrintWriter out, PrintWriter err, IndexProgressView bar) {
      this.out = out;
      this.err = err;
      this.bar = bar;
    }

    @Override
    public void progress(IndexProgress progress) {
      if (bar != null) {
        bar.progress(progress);
      }
    }

    @Override
    public void skipped(SkippedFile file) {
      if (bar != null) {
        bar.clear();
      }
      err.println("crosscheck: skipped " + file.message());
      err.flush();
    }

    @Override
    public void finished(IndexReport report) {
      if (bar != null) {
        bar.clear();
      }
      out.println(String.format(Locale.ROOT,
          "%s  %s: %d added, %d updated, %d unchanged, %d removed; %s written (%d boilerplate); %d in the index",
          LocalTime.now().format(TIME), count(report.articlesIndexed(), "article"), report.articlesAdded(), report.articlesUpdated(),
          report.articlesUnchanged(), report.articlesRemoved(), count(report.paragraphsWritten(), "paragraph"),
          report.boilerplateWritten(), report.paragraphsInIndex()));
      out.flush();
    }

    private static String count(int n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    public void failed(CrosscheckException problem) {
      if (bar != null) {
        bar.clear();
      }
      err.println("crosscheck: " + problem.getMessage() + " (still watching)");
      err.flush();
    }
  }
}
