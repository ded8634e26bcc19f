package org.crosscheck.cli.server;

import java.io.File;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * What a background server must share with a client to answer for it, as one string: the jar (its
 * path, size and time of change), the JDK, {@code CROSSCHECK_JAVA_OPTS} (the server runs with those
 * options) and the locale and encodings (a JVM fixes them when it starts). A server asked by a
 * client of another identity has been left behind by a rebuild or a change of JDK: it declines and
 * stops, and the launcher starts a new one.
 */
public final class ServerIdentity {
  private ServerIdentity() {}

  /**
   * The system property naming the command line's jar, which the launcher sets for the server and
   * the client alike (the client runs from a small jar of its own); without it, the class path counts.
   */
  public static final String JAR_PROPERTY = "crosscheck.jar";

  /** This process's identity. Plain string building, no lambdas: the client computes it on every run. */
  public static String current() {
    StringBuilder identity = new StringBuilder();
    String jar = System.getProperty(JAR_PROPERTY);
    for (String entry : (jar != null ? jar : System.getProperty("java.class.path", "")).split(File.pathSeparator)) {
      File file = new File(entry).getAbsoluteFile();
      identity.append("jar: ").append(file).append(", ").append(file.length()).append(" bytes, changed ")
          .append(file.lastModified()).append('\n');
    }
    identity.append("java: ").append(System.getProperty("java.home")).append(", ").append(System.getProperty("java.vm.version")).append('\n');
    String options = System.getenv("CROSSCHECK_JAVA_OPTS");
    identity.append("CROSSCHECK_JAVA_OPTS: ").append(options == null ? "" : options).append('\n');
    identity.append("locale: ").append(Locale.getDefault().toLanguageTag())
        .append(", format ").append(Locale.getDefault(Locale.Category.FORMAT).toLanguageTag())
        .append(", display ").append(Locale.getDefault(Locale.Category.DISPLAY).toLanguageTag()).append('\n');
    identity.append("encodings: ").append(Charset.defaultCharset().name()).append(", file names ")
        .append(System.getProperty("sun.jnu.encoding")).append('\n');
    return identity.toString();
  }
}
