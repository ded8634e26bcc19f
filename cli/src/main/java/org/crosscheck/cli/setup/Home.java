package org.crosscheck.cli.setup;

import java.nio.file.Path;

/**
 * Where crosscheck keeps its own files. The {@code crosscheck} launcher sets the system property
 * {@code crosscheck.home} to the repository it lives in, so a checkout keeps its index beside its
 * sources ({@code .crosscheck/}); a bare {@code java -jar} uses {@code ~/.crosscheck}.
 */
public final class Home {
  private Home() {}

  public static Path directory() {
    String home = System.getProperty("crosscheck.home");
    if (home != null && !home.isBlank()) {
      return Path.of(home).toAbsolutePath().normalize().resolve(".crosscheck");
    }
    return Path.of(System.getProperty("user.home"), ".crosscheck");
  }

  /** The index used when a command is given no {@code --index}. */
  public static Path defaultIndex() {
    return directory().resolve("index");
  }
}
