package org.crosscheck.ingest;

import java.util.Objects;
import java.util.Optional;
import org.crosscheck.internal.Check;

/**
 * Where an article's outlet comes from. By default ({@link #manifestThenFolder()}) the manifest
 * says, else the name of the folder the file sits in below the corpus folder (a corpus sorted into
 * one folder per outlet), else {@value Article#UNKNOWN_OUTLET}. Corpora whose folders are not
 * outlets (the BBC set keeps one folder per category) choose another rule.
 *
 * <pre>{@code
 * OutletRule.fixed("BBC")            // one-outlet corpus: every article is the BBC's
 * OutletRule.of(OutletRule.Source.MANIFEST)  // folders are topics: manifest, else unknown
 * }</pre>
 *
 * @param source where the outlet is looked for
 * @param name the outlet every article gets, for {@link Source#FIXED} only; {@code null} otherwise
 */
public record OutletRule(Source source, String name) {

  /** Where the outlet is looked for. */
  public enum Source {
    /** The manifest, else the article's folder below the corpus folder, else unknown (the default). */
    FOLDER,
    /** The manifest (or the JSON Lines record), else unknown; folders are ignored. */
    MANIFEST,
    /** Always unknown: neither manifest nor folder names are trusted. */
    NONE,
    /** One name for every article, whatever the manifest or the folders say. */
    FIXED
  }

  private static final OutletRule DEFAULT = new OutletRule(Source.FOLDER, null);

  public OutletRule {
    Objects.requireNonNull(source, "source");
    if (source == Source.FIXED) {
      name = Check.notBlank(name, "name").strip();
    } else if (name != null) {
      throw new IllegalArgumentException("only a fixed outlet rule takes a name, got '" + name + "' for " + source);
    }
  }

  /** The default: manifest, else folder, else unknown. */
  public static OutletRule manifestThenFolder() {
    return DEFAULT;
  }

  /** A rule that takes no name ({@link Source#FOLDER}, {@link Source#MANIFEST} or {@link Source#NONE}). */
  public static OutletRule of(Source source) {
    return source == Source.FOLDER ? DEFAULT : new OutletRule(source, null);
  }

  /** Every article gets this outlet. */
  public static OutletRule fixed(String name) {
    return new OutletRule(Source.FIXED, name);
  }

  /**
   * The outlet of one article.
   *
   * @param declared what the manifest or the JSON Lines record says, if anything
   * @param relativePath the file's path below the corpus folder, {@code /}-separated
   */
  public String outletOf(Optional<String> declared, String relativePath) {
    return switch (source) {
      case FIXED -> name;
      case NONE -> Article.UNKNOWN_OUTLET;
      case MANIFEST -> declared.filter(s -> !s.isBlank()).map(String::strip).orElse(Article.UNKNOWN_OUTLET);
      case FOLDER -> declared.filter(s -> !s.isBlank()).map(String::strip).or(() -> folderOf(relativePath))
          .orElse(Article.UNKNOWN_OUTLET);
    };
  }

  /** The folder a file sits in below the corpus folder; files at the top have none. */
  private static Optional<String> folderOf(String relativePath) {
    int slash = relativePath.lastIndexOf('/');
    if (slash <= 0) {
      return Optional.empty();
    }
    String folder = relativePath.substring(relativePath.lastIndexOf('/', slash - 1) + 1, slash).strip();
    return folder.isEmpty() ? Optional.empty() : Optional.of(folder);
  }
}
