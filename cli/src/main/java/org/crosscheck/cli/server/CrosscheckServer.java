package org.crosscheck.cli.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.crosscheck.cli.ExitCode;
import org.crosscheck.cli.Invocation;
import org.crosscheck.cli.server.ServerProtocol.Request;

/**
 * The background server: a long-lived JVM that runs the command line's read-only commands ({@link
 * ServerProtocol#SERVED_COMMANDS}) for {@link ServerClient} over a Unix domain socket in crosscheck's
 * folder, so that a search answers in milliseconds instead of the half second a fresh JVM takes to
 * load picocli, Lucene and crosscheck and open the index (docs/BENCHMARKS.md, "CLI start-up").
 *
 * <pre>{@code
 * Optional<CrosscheckServer> server = CrosscheckServer.start(CrosscheckServer.Settings.forThisProcess(folder, Duration.ofMinutes(10)));
 * server.ifPresent(CrosscheckServer::awaitStop);
 * }</pre>
 *
 * <p>Each request runs on a thread of its own, concurrently with the others (as separate processes
 * would), through the same picocli command line as a one-off run, with its own standard output and
 * error and an {@link Invocation} built from what the client sent, so the bytes and the exit code
 * are those of a one-off run. Indexes stay open between requests ({@link SharedIndexes}).
 *
 * <p>One server runs per folder (a file lock). It stops when {@code crosscheck server stop} asks,
 * after {@link Settings#idleTimeout} without a request, when a client of another build asks or its
 * own jar or JDK changed ({@link ServerIdentity}), or when its socket was removed. Its folder and
 * socket are readable by the user only.
 *
 * <p>Thread safety: {@link #stop} and the status methods may be called from any thread.
 */
public final class CrosscheckServer {
  /** How long a new server waits for the lock while a previous one is stopping. */
  static final Duration LOCK_WAIT = Duration.ofSeconds(5);
  /**
   * How many times the warm-up runs its searches: enough for the JIT compiler to compile picocli's
   * parsing and crosscheck's search and output (a few seconds of CPU, once per server).
   */
  static final int WARM_UP_ROUNDS = 20;
  /** How long requests still running may take to finish once the server stops. */
  static final Duration STOP_GRACE = Duration.ofSeconds(10);

  /**
   * How a server runs.
   *
   * @param files the server's files in crosscheck's folder (socket, lock, process id)
   * @param identity what clients must match ({@link ServerIdentity#current()} for a real server)
   * @param identityNow this process's identity now: when it no longer equals {@code identity} (the
   *     jar was rebuilt), the server stops
   * @param idleTimeout how long without a request before the server stops
   * @param warmUp whether to run a few searches on the default index at start, so the first real
   *     request finds the code compiled
   */
  public record Settings(ServerFiles files, String identity, Supplier<String> identityNow, Duration idleTimeout, boolean warmUp) {
    public Settings {
      Objects.requireNonNull(files, "files");
      Objects.requireNonNull(identity, "identity");
      Objects.requireNonNull(identityNow, "identityNow");
      if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
        throw new IllegalArgumentException("the idle timeout must be positive, got " + idleTimeout);
      }
    }

    /** A server for this process: its jar, JDK and options, warmed up at start. */
    public static Settings forThisProcess(Path folder, Duration idleTimeout) {
      return new Settings(new ServerFiles(folder), ServerIdentity.current(), ServerIdentity::current, idleTimeout, true);
    }
  }

  private final Settings settings;
  private final ServerFiles files;
  private final FileChannel lockFile;
  private final FileLock lock;
  private final ServerSocketChannel listener;
  private final Object socketKey;
  private final SharedIndexes indexes = new SharedIndexes();
  private final CommandLineStock commandLines = new CommandLineStock();
  private final Instant started = Instant.now();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong requestNumber = new AtomicLong();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile long lastActivity = System.nanoTime();
  private volatile String stopReason;

  private CrosscheckServer(Settings settings, FileChannel lockFile, FileLock lock, ServerSocketChannel listener, Object socketKey) {
    this.settings = settings;
    this.files = settings.files();
    this.lockFile = lockFile;
    this.lock = lock;
    this.listener = listener;
    this.socketKey = socketKey;
  }

  /**
   * Starts a server: takes the folder's lock, listens on its socket, and serves on threads of its
   * own until stopped.
   *
   * @return the server, or empty when another one holds the folder's lock
   * @throws IOException when the folder, the lock or the socket cannot be made
   */
  public static Optional<CrosscheckServer> start(Settings settings) throws IOException {
    ServerFiles files = settings.files();
    if (!files.socketPathFits()) {
      throw new IOException("the socket path " + files.socket() + " is longer than " + ServerFiles.MAX_SOCKET_PATH_BYTES
          + " bytes, more than the kernel takes; commands run without the server");
    }
    Files.createDirectories(files.folder());
    ownerOnly(files.folder(), "rwx------");
    FileChannel lockFile = FileChannel.open(files.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock = null;
    try {
      lock = waitForLock(lockFile);
      if (lock == null) {
        lockFile.close();
        return Optional.empty();
      }
      // The lock is ours, so a socket file left here is a dead server's.
      Files.deleteIfExists(files.socket());
      ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      try {
        listener.bind(UnixDomainSocketAddress.of(files.socket()));
        ownerOnly(files.socket(), "rw-------");
        Object socketKey = Files.readAttributes(files.socket(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        Files.writeString(files.pid(), ProcessHandle.current().pid() + "\n");
        CrosscheckServer server = new CrosscheckServer(settings, lockFile, lock, listener, socketKey);
        server.startThreads();
        return Optional.of(server);
      } catch (IOException | RuntimeException e) {
        listener.close();
        Files.deleteIfExists(files.socket());
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      if (lock != null) {
        lock.release();
      }
      lockFile.close();
      throw e;
    }
  }

  /** Whether a server holds the lock of these files now (in this process or another). */
  public static boolean isRunning(ServerFiles files) {
    if (!Files.exists(files.lock())) {
      return false;
    }
    try (FileChannel lockFile = FileChannel.open(files.lock(), StandardOpenOption.WRITE)) {
      FileLock lock = lockFile.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static FileLock waitForLock(FileChannel lockFile) throws IOException {
    long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
    while (true) {
      try {
        FileLock lock = lockFile.tryLock();
        if (lock != null) {
          return lock;
        }
      } catch (OverlappingFileLockException e) {
        // another server in this JVM holds it (tests); wait as for one in another process
      }
      if (System.nanoTime() > deadline) {
        return null;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }

  private static void ownerOnly(Path path, String permissions) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
    if (view != null) {
      view.setPermissions(PosixFilePermissions.fromString(permissions));
    }
  }

  private void startThreads() {
    Thread acceptor = new Thread(this::acceptUntilStopped, "crosscheck-server-accept");
    acceptor.start();
    Thread watchdog = new Thread(this::watchUntilStopped, "crosscheck-server-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    if (settings.warmUp()) {
      Thread warmUp = new Thread(this::warmUp, "crosscheck-server-warm-up");
      warmUp.setDaemon(true);
      warmUp.setPriority(Thread.MIN_PRIORITY);
      warmUp.start();
    }
  }

  public ServerFiles files() {
    return files;
  }

  /** Stops accepting requests; those running get {@link #STOP_GRACE} to finish. Safe to call more than once. */
  public void stop(String reason) {
    synchronized (this) {
      if (stopReason != null) {
        return;
      }
      stopReason = reason;
    }
    try {
      listener.close();
    } catch (IOException e) {
      // the acceptor ends either way
    }
  }

  /** Waits until the server has stopped and released its files; returns why it stopped. */
  public String awaitStop() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return stopReason;
  }

  /** Waits at most {@code timeout} for the server to stop; true when it has. */
  public boolean awaitStop(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** How many requests to run a command it has answered. */
  public long served() {
    return served.get();
  }

  private void acceptUntilStopped() {
    try {
      while (stopReason == null) {
        SocketChannel connection;
        try {
          connection = listener.accept();
        } catch (ClosedChannelException e) {
          break;
        } catch (IOException e) {
          log("accepting a connection failed: " + e);
          pause();
          continue;
        }
        Thread request = new Thread(() -> serve(connection), "crosscheck-request-" + requestNumber.incrementAndGet());
        request.setDaemon(true);
        request.start();
      }
    } finally {
      stop("the socket closed");
      shutDown();
    }
  }

  /**
   * Releases the server's files. Each step is on its own, and uses no class of the jar that the
   * server has not loaded before: when the jar was rebuilt under the server, such a class cannot be
   * loaded any more (closing an index may need one), and the lock must still be released, or no new
   * server could start.
   */
  private void shutDown() {
    try {
      long deadline = System.nanoTime() + STOP_GRACE.toNanos();
      while (running.get() > 0 && System.nanoTime() < deadline) {
        pause();
      }
      try {
        Object key = Files.readAttributes(files.socket(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        if (Objects.equals(key, socketKey)) {
          Files.deleteIfExists(files.socket());
        }
      } catch (NoSuchFileException e) {
        // removed already
      } catch (IOException | RuntimeException | LinkageError e) {
        log("cannot remove the socket " + files.socket() + ": " + e);
      }
      try {
        Files.deleteIfExists(files.pid());
      } catch (IOException | RuntimeException | LinkageError e) {
        log("cannot remove " + files.pid() + ": " + e);
      }
      try {
        commandLines.close();
        indexes.close();
      } catch (RuntimeException | LinkageError e) {
        log("cannot close the indexes: " + e);
      }
    } finally {
      try {
        lock.release();
        lockFile.close();
      } catch (IOException | RuntimeException e) {
        log("cannot release the lock " + files.lock() + ": " + e);
      }
      stopped.countDown();
    }
  }

  /** Stops the server when it has been idle too long, its jar or JDK changed, or its socket is gone. */
  private void watchUntilStopped() {
    long period = Math.max(20, Math.min(1000, settings.idleTimeout().toMillis() / 4));
    while (stopReason == null) {
      try {
        if (stopped.await(period, TimeUnit.MILLISECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        return;
      }
      if (running.get() == 0 && System.nanoTime() - lastActivity > settings.idleTimeout().toNanos()) {
        stop("idle for " + ServerCommand.describe(settings.idleTimeout()));
      } else if (!settings.identity().equals(settings.identityNow().get())) {
        stop("its jar, JDK or options changed");
      } else if (!socketStillOurs()) {
        stop("its socket " + files.socket() + " was removed");
      }
    }
  }

  private boolean socketStillOurs() {
    try {
      return Objects.equals(Files.readAttributes(files.socket(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey(), socketKey);
    } catch (IOException e) {
      return false;
    }
  }

  private void serve(SocketChannel connection) {
    try (connection) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(connection)));
      Frames frames = new Frames(new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(connection))), in);
      Request request = Request.read(in);
      switch (request.kind()) {
        case ServerProtocol.STATUS -> {
          frames.accept();
          byte[] status = status().getBytes(StandardCharsets.UTF_8);
          frames.write(ServerProtocol.OUT, status, 0, status.length);
          frames.exit(ExitCode.OK);
        }
        case ServerProtocol.STOP -> {
          frames.accept();
          frames.exit(ExitCode.OK);
          stop("asked to by 'crosscheck server stop'");
        }
        default -> {
          // Only commands count as activity, so status checks do not keep an idle server alive, nor does
          // a connection that never sends a request.
          running.incrementAndGet();
          lastActivity = System.nanoTime();
          try {
            run(request, frames);
          } finally {
            lastActivity = System.nanoTime();
            running.decrementAndGet();
          }
        }
      }
    } catch (IOException e) {
      // The client went away (Ctrl-C, a closed pipe) or sent something else than a request: nothing to answer.
    } catch (RuntimeException e) {
      log("a request failed outside its command: " + e);
      e.printStackTrace();
    } catch (Error e) {
      // Out of memory, say: this JVM may not be sound any more. The client runs the command itself.
      log("a request failed with " + e + "; stopping");
      e.printStackTrace();
      stop("an error: " + e);
    }
  }

  private void run(Request request, Frames frames) throws IOException {
    if (!request.identity().equals(settings.identity())) {
      frames.decline("this server runs another build, JDK or locale; it stops");
      stop("a client of another build, JDK or locale asked");
      return;
    }
    if (!request.home().equals(files.folder().toString()) || !ServerProtocol.serves(request.args())) {
      frames.decline("this server does not run this command for this folder");
      return;
    }
    frames.accept();
    try {
      int code = execute(request, frames);
      served.incrementAndGet();
      frames.exit(code);
    } finally {
      commandLines.refill();
    }
  }

  /** Runs the command as a one-off run would, its output going to the client frame by frame. */
  private int execute(Request request, Frames frames) {
    PrintWriter out = writer(frames.stream(ServerProtocol.OUT), request.stdoutCharset());
    PrintWriter err = writer(frames.stream(ServerProtocol.ERR), request.stderrCharset());
    Invocation invocation = Invocation.of(Path.of(request.workingDirectory()), request.environment(), request.terminal(),
        frames::askColumns, indexes);
    int code;
    try {
      code = commandLines.take(invocation).setOut(out).setErr(err).execute(request.args().toArray(String[]::new));
    } catch (RuntimeException | StackOverflowError e) {
      // picocli's handler deals with what the command throws; this is what escapes it (a bug in picocli's
      // own code, a stack overflow): one line and exit code 1, as for an internal error.
      err.println("crosscheck: internal error: " + e);
      code = ExitCode.FAILURE;
    }
    out.flush();
    err.flush();
    if (code == ExitCode.FAILURE) {
      // An internal error may have come from an index facade in a bad state: the next request opens afresh.
      indexes.setAsideAll();
    }
    return code;
  }

  private static PrintWriter writer(OutputStream stream, String charsetName) {
    Charset charset;
    try {
      charset = Charset.forName(charsetName);
    } catch (RuntimeException e) {
      charset = Charset.defaultCharset();
    }
    // As picocli makes its writers for System.out and System.err: buffered, flushed on every println.
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
  }

  /**
   * Runs a few searches on the default index, as requests would but printing nowhere and never
   * writing (an explicit --index skips the default index's rebuilding), so the first real request
   * finds picocli, Lucene and the highlighter loaded and compiled. It gives way to real requests.
   */
  private void warmUp() {
    Path index = files.folder().resolve("index");
    if (!Files.isDirectory(index)) {
      return;
    }
    List<List<String>> requests = List.of(
        List.of("search", "\"honest mistake\"", "--index", index.toString(), "--color", "never"),
        List.of("search", "said", "--index", index.toString(), "--format", "json"),
        List.of("same-fact", "Esper said there has been no decision to leave Iraq", "--index", index.toString(), "--color", "never"));
    PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
    long start = System.nanoTime();
    for (int round = 0; round < WARM_UP_ROUNDS && stopReason == null; round++) {
      for (List<String> args : requests) {
        // Real requests come first: on a busy machine the warm-up would take a core from them.
        while (running.get() > 0 && stopReason == null) {
          pause();
        }
        Invocation invocation = Invocation.of(files.folder(), Map.of(), false, () -> -1, indexes);
        try {
          commandLines.take(invocation).setOut(nowhere).setErr(nowhere).execute(args.toArray(String[]::new));
        } catch (RuntimeException e) {
          return;
        } finally {
          commandLines.refill();
        }
      }
    }
    log("warmed up in " + ServerCommand.describe(Duration.ofNanos(System.nanoTime() - start)) + " on " + index);
  }

  private String status() {
    Instant now = Instant.now();
    long idleNanos = System.nanoTime() - lastActivity;
    StringBuilder status = new StringBuilder();
    status.append("crosscheck server: running, process ").append(ProcessHandle.current().pid()).append('\n');
    status.append("  socket:   ").append(files.socket()).append('\n');
    status.append("  started:  ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(", up ")
        .append(ServerCommand.describe(Duration.between(started, now))).append('\n');
    status.append("  requests: ").append(served.get()).append(" served, ").append(running.get()).append(" running; idle for ")
        .append(ServerCommand.describe(Duration.ofNanos(idleNanos))).append(", stops after ")
        .append(ServerCommand.describe(settings.idleTimeout())).append(" idle\n");
    status.append("  indexes open: ").append(indexes.size()).append('\n');
    for (String line : settings.identity().split("\n")) {
      status.append("  ").append(line).append('\n');
    }
    return status.toString();
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void log(String message) {
    System.err.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " crosscheck server: " + message);
  }

  /** The answer to one request, written frame by frame; the command's two writers may write from one thread each. */
  private static final class Frames {
    private final DataOutputStream out;
    private final DataInputStream in;

    Frames(DataOutputStream out, DataInputStream in) {
      this.out = out;
      this.in = in;
    }

    synchronized void accept() throws IOException {
      out.writeByte(ServerProtocol.ACCEPTED);
      out.flush();
    }

    synchronized void decline(String reason) throws IOException {
      byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
      ServerProtocol.writeFrame(out, ServerProtocol.DECLINED, bytes, 0, bytes.length);
    }

    synchronized void write(byte type, byte[] data, int offset, int length) throws IOException {
      ServerProtocol.writeFrame(out, type, data, offset, length);
    }

    synchronized void exit(int code) throws IOException {
      out.writeByte(ServerProtocol.EXIT);
      out.writeInt(code);
      out.flush();
    }

    /** Asks the client for its terminal's width; -1 when it cannot be had. */
    synchronized int askColumns() {
      try {
        out.writeByte(ServerProtocol.COLUMNS);
        out.flush();
        return in.readInt();
      } catch (IOException e) {
        return -1;
      }
    }

    /** An output stream that sends what is written to it as frames of {@code type}. */
    OutputStream stream(byte type) {
      return new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
          if (length > 0) {
            Frames.this.write(type, data, offset, length);
          }
        }
      };
    }
  }
}
