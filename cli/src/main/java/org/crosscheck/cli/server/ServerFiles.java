package org.crosscheck.cli.server;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * The background server's files in crosscheck's folder ({@code .crosscheck/} of the checkout, see
 * {@code setup.Home}), which the server keeps readable by its user only: the socket clients connect
 * to, the lock that lets one server at a time run, its process id, and its log.
 *
 * @param folder crosscheck's folder, absolute
 */
public record ServerFiles(Path folder) {
  /**
   * The longest socket path used. The kernel takes 107 bytes on Linux, 103 on macOS; a checkout
   * deeper than that runs every command locally (the launcher checks the same length).
   */
  public static final int MAX_SOCKET_PATH_BYTES = 100;

  public ServerFiles {
    if (folder == null || !folder.isAbsolute()) {
      throw new IllegalArgumentException("the parameter 'folder' must be an absolute path, got " + folder);
    }
  }

  public Path socket() {
    return folder.resolve("server.sock");
  }

  public Path lock() {
    return folder.resolve("server.lock");
  }

  public Path pid() {
    return folder.resolve("server.pid");
  }

  public Path log() {
    return folder.resolve("server.log");
  }

  /**
   * When the launcher last started a server (seconds since the epoch): it does not try again within
   * a minute, so that a server that cannot start does not cost a JVM on every command.
   */
  public Path startAttempt() {
    return folder.resolve("server.started");
  }

  /** Whether the socket's path is short enough for the kernel. */
  public boolean socketPathFits() {
    String jnu = System.getProperty("sun.jnu.encoding");
    Charset charset = jnu != null && Charset.isSupported(jnu) ? Charset.forName(jnu) : Charset.defaultCharset();
    return socket().toString().getBytes(charset).length <= MAX_SOCKET_PATH_BYTES;
  }
}
