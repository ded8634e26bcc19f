package org.crosscheck.cli.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.crosscheck.cli.server.ServerProtocol.Request;
import org.crosscheck.cli.setup.Home;
import org.crosscheck.cli.setup.TerminalCheck;

/**
 * The small client the {@code crosscheck} launcher runs for the commands the background server
 * serves ({@link ServerProtocol#SERVED_COMMANDS}). It sends the arguments and what of its own process
 * changes the output (working directory, environment, whether the console is a terminal, the output
 * charsets), copies the answer to its standard output and error, and exits with the command's exit
 * code. When no server answers it exits with {@link ServerProtocol#NOT_SERVED} without a word, and
 * the launcher runs the command itself.
 *
 * <p>It uses the JDK only (no picocli, Lucene or crosscheck-core class), avoids lambdas and string
 * concatenation (their first use costs a cold JVM milliseconds), and so starts in a fraction of the
 * time the full command line takes.
 */
public final class ServerClient {
  /** How long a server may take to accept a request before the client runs the command itself. */
  static final long ACCEPT_TIMEOUT_MILLIS = 5000;

  private final SocketChannel channel;
  private volatile boolean accepted;
  private volatile boolean timedOut;

  private ServerClient(SocketChannel channel) {
    this.channel = channel;
  }

  public static void main(String[] args) {
    Request request = requestFromThisProcess(Arrays.asList(args));
    Path socket = new ServerFiles(Home.directory()).socket();
    IntSupplier columns = new IntSupplier() {
      @Override
      public int getAsInt() {
        return TerminalCheck.columns();
      }
    };
    int code = run(request, socket, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err), columns);
    // halt, not exit: the output is written unbuffered and no shutdown hook is needed, while
    // System.exit looks up a System.Logger to report the exit, which costs 300 classes and 14 ms.
    Runtime.getRuntime().halt(code);
  }

  /** A request to run {@code args} as this process would run them itself. */
  public static Request requestFromThisProcess(List<String> args) {
    Map<String, String> environment = new LinkedHashMap<>();
    for (Map.Entry<String, String> variable : System.getenv().entrySet()) {
      if (ServerProtocol.forwards(variable.getKey())) {
        environment.put(variable.getKey(), variable.getValue());
      }
    }
    return new Request(ServerProtocol.RUN, ServerIdentity.current(), Home.directory().toString(),
        Path.of("").toAbsolutePath().toString(), TerminalCheck.consoleIsTerminal(),
        outputCharset("sun.stdout.encoding"), outputCharset("sun.stderr.encoding"), args, environment);
  }

  /**
   * The charset a one-off run writes an output stream in: picocli's choice, the {@code
   * sun.stdout.encoding} (or {@code sun.stderr.encoding}) property when set, else the default charset.
   */
  static String outputCharset(String property) {
    String name = System.getProperty(property);
    if (name == null) {
      return Charset.defaultCharset().name();
    }
    if (name.equalsIgnoreCase("cp65001")) {
      return StandardCharsets.UTF_8.name();
    }
    try {
      return Charset.forName(name).name();
    } catch (RuntimeException e) {
      return Charset.defaultCharset().name();
    }
  }

  /**
   * Sends {@code request} to the server listening on {@code socket} and copies its answer to {@code
   * out} and {@code err}; {@code columns} measures the terminal when help asks for its width.
   *
   * @return the command's exit code, or {@link ServerProtocol#NOT_SERVED} when no server ran it
   */
  public static int run(Request request, Path socket, OutputStream out, OutputStream err, IntSupplier columns) {
    SocketChannel channel;
    try {
      channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
    } catch (IOException | RuntimeException e) {
      return ServerProtocol.NOT_SERVED; // no server, or a socket left by one that died: run locally, quietly
    }
    ServerClient client = new ServerClient(channel);
    Thread watchdog = new AcceptWatchdog(client);
    watchdog.start();
    try (channel) {
      return client.exchange(request, out, err, columns);
    } catch (IOException e) {
      if (client.timedOut) {
        writeQuietly(err, "crosscheck: the background server does not answer; running without it (see 'crosscheck server status')\n");
      }
      return ServerProtocol.NOT_SERVED;
    } finally {
      watchdog.interrupt();
    }
  }

  private int exchange(Request request, OutputStream out, OutputStream err, IntSupplier columns) throws IOException {
    DataOutputStream toServer = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
    DataInputStream fromServer = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
    request.write(toServer);
    byte first = fromServer.readByte();
    if (first != ServerProtocol.ACCEPTED) {
      return ServerProtocol.NOT_SERVED; // declined: another build, another home, or a command it does not run
    }
    accepted = true;
    boolean wrote = false;
    boolean outOpen = true;
    boolean errOpen = true;
    try {
      while (true) {
        byte type = fromServer.readByte();
        if (type == ServerProtocol.OUT || type == ServerProtocol.ERR) {
          byte[] data = ServerProtocol.readFrameData(fromServer);
          wrote = true;
          // A closed pipe (| head) is ignored, as a one-off run ignores it: the command still finishes.
          if (type == ServerProtocol.OUT && outOpen) {
            outOpen = writeQuietly(out, data);
          } else if (type == ServerProtocol.ERR && errOpen) {
            errOpen = writeQuietly(err, data);
          }
        } else if (type == ServerProtocol.COLUMNS) {
          toServer.writeInt(columns.getAsInt());
          toServer.flush();
        } else if (type == ServerProtocol.EXIT) {
          return fromServer.readInt();
        } else {
          throw new IOException("unknown frame type " + type);
        }
      }
    } catch (IOException e) {
      if (!wrote) {
        return ServerProtocol.NOT_SERVED; // nothing printed yet, so running it here prints it once
      }
      writeQuietly(err, "crosscheck: the background server stopped while answering; run the command again\n");
      return 1;
    }
  }

  /** Gives up on a server that has not accepted the request within {@link #ACCEPT_TIMEOUT_MILLIS} (a hung one). */
  private static final class AcceptWatchdog extends Thread {
    private final ServerClient client;

    AcceptWatchdog(ServerClient client) {
      super("crosscheck-client-watchdog");
      setDaemon(true);
      this.client = client;
    }

    @Override
    public void run() {
      try {
        Thread.sleep(ACCEPT_TIMEOUT_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      if (!client.accepted) {
        client.timedOut = true;
        try {
          client.channel.close();
        } catch (IOException e) {
          // closing is all that is wanted: the exchange sees the channel closed
        }
      }
    }
  }

  private static boolean writeQuietly(OutputStream stream, String text) {
    return writeQuietly(stream, text.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean writeQuietly(OutputStream stream, byte[] data) {
    try {
      stream.write(data);
      stream.flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
