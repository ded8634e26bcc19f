package org.crosscheck.cli.server;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import org.crosscheck.cli.CrosscheckCommand;
import org.crosscheck.cli.Invocation;
import picocli.CommandLine;

/**
 * Command lines built ahead of the server's requests, on a thread of their own: picocli builds its
 * model of every command by reflection, which takes milliseconds, tens of them while the JIT
 * compiler is cold, and a request should not wait for that. Each request still gets a command line
 * of its own, never used before, so nothing of one request's parsing reaches another.
 *
 * <p>Thread safety: {@link #take} may be called from any thread.
 */
final class CommandLineStock implements AutoCloseable {
  /** How many command lines wait ready; a burst of requests beyond it builds its own. */
  static final int SIZE = 2;

  private final BlockingQueue<CommandLine> ready = new LinkedBlockingQueue<>();
  private final ExecutorService builder = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "crosscheck-server-command-lines");
    thread.setDaemon(true);
    return thread;
  });

  CommandLineStock() {
    for (int i = 0; i < SIZE; i++) {
      refill();
    }
  }

  /** A command line, new, for {@code invocation}; call {@link #refill} once the request is answered. */
  CommandLine take(Invocation invocation) {
    CommandLine commandLine = ready.poll();
    return CrosscheckCommand.bind(commandLine != null ? commandLine : CrosscheckCommand.unboundCommandLine(), invocation);
  }

  /**
   * Builds a command line to replace one taken. Called after the request is answered, not when it
   * starts, so that on a busy machine the build does not compete with the request for a core.
   */
  void refill() {
    try {
      builder.execute(() -> ready.add(CrosscheckCommand.unboundCommandLine()));
    } catch (RejectedExecutionException e) {
      // the server is stopping: the request in hand builds its own
    }
  }

  @Override
  public void close() {
    builder.shutdownNow();
  }
}
