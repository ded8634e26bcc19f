package org.crosscheck.cli.server;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the background server and its client say to each other over the server's Unix domain socket.
 * It uses the JDK only, so the client stays small (see {@link ServerClient}).
 *
 * <p>The client sends one {@link Request}. For a command the server answers with frames, each a type
 * byte and its data: first {@link #ACCEPTED} or {@link #DECLINED} (then the client runs the command
 * itself), then {@link #OUT} and {@link #ERR} bytes in the order the command flushed them, and last
 * {@link #EXIT} with the exit code. When help needs the terminal's width the server sends {@link
 * #COLUMNS} and the client answers with one int, the width it measured (-1: unknown).
 */
public final class ServerProtocol {
  /** "XCK" and the protocol version; a client and a server of different versions refuse each other's bytes. */
  static final int MAGIC = 0x58434B01;

  /** The request kinds. */
  public static final byte RUN = 1;
  public static final byte STATUS = 2;
  public static final byte STOP = 3;

  /** The frame types the server sends. */
  static final byte ACCEPTED = 1;
  static final byte DECLINED = 2;
  static final byte OUT = 3;
  static final byte ERR = 4;
  static final byte COLUMNS = 5;
  static final byte EXIT = 6;

  /**
   * The exit code of a client whose request was not served (no server, a stale socket, a server for
   * another build): the launcher then runs the command itself. No crosscheck command exits with it.
   */
  public static final int NOT_SERVED = 75;

  /**
   * The first arguments the server runs: the read-only commands, help and the version. Never {@code
   * index} (it writes and shows progress on the terminal), {@code shell} (it reads the terminal),
   * {@code bench} (it reads files named relative to where it runs and runs for long) or {@code server}.
   * The launcher keeps the same list.
   */
  public static final Set<String> SERVED_COMMANDS = Set.of("search", "same-fact", "entities", "facts", "help", "--help", "-h", "--version", "-V");

  /**
   * The environment variables that change what a command prints, which the client forwards: colour
   * (NO_COLOR and picocli's CLICOLOR, CLICOLOR_FORCE, ConEmuANSI, ANSICON, TERM, OSTYPE), COLUMNS, and
   * crosscheck's own CROSSCHECK_*. Commands read the environment only through {@code Invocation},
   * which refuses any other name.
   */
  private static final Set<String> FORWARDED_ENVIRONMENT = Set.of("NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "ConEmuANSI", "ANSICON", "TERM", "OSTYPE", "COLUMNS");
  private static final String CROSSCHECK_PREFIX = "CROSSCHECK_";

  /** Bounds on what a request may hold, so a stray writer on the socket cannot make the server allocate much. */
  private static final int MAX_STRING_BYTES = 1 << 20;
  private static final int MAX_ITEMS = 10_000;

  private ServerProtocol() {}

  /** Whether the server may run a command whose first argument is this. */
  public static boolean serves(List<String> args) {
    return !args.isEmpty() && SERVED_COMMANDS.contains(args.getFirst());
  }

  /** Whether the client forwards this environment variable to the server. */
  public static boolean forwards(String name) {
    return FORWARDED_ENVIRONMENT.contains(name) || name.startsWith(CROSSCHECK_PREFIX);
  }

  /**
   * One request. {@code identity} must equal the server's (see {@link ServerIdentity}); {@code
   * terminal} is whether the client's console is a terminal; the charsets are those a one-off run
   * would write its standard output and error in.
   */
  public record Request(byte kind, String identity, String home, String workingDirectory, boolean terminal,
      String stdoutCharset, String stderrCharset, List<String> args, Map<String, String> environment) {
    public Request {
      if (kind != RUN && kind != STATUS && kind != STOP) {
        throw new IllegalArgumentException("unknown request kind " + kind);
      }
      for (String value : new String[] {identity, home, workingDirectory, stdoutCharset, stderrCharset}) {
        if (value == null) {
          throw new IllegalArgumentException("a request needs its identity, home, working directory and charsets");
        }
      }
      args = List.copyOf(args);
      environment = Map.copyOf(environment);
    }

    /** A status or stop request: no command, so only the kind and the home matter. */
    public static Request control(byte kind, String home) {
      return new Request(kind, "", home, "", false, "", "", List.of(), Map.of());
    }

    void write(DataOutputStream out) throws IOException {
      out.writeInt(MAGIC);
      out.writeByte(kind);
      writeString(out, identity);
      writeString(out, home);
      writeString(out, workingDirectory);
      out.writeBoolean(terminal);
      writeString(out, stdoutCharset);
      writeString(out, stderrCharset);
      out.writeInt(args.size());
      for (String arg : args) {
        writeString(out, arg);
      }
      out.writeInt(environment.size());
      for (Map.Entry<String, String> variable : environment.entrySet()) {
        writeString(out, variable.getKey());
        writeString(out, variable.getValue());
      }
      out.flush();
    }

    static Request read(DataInputStream in) throws IOException {
      int magic = in.readInt();
      if (magic != MAGIC) {
        throw new IOException("not a crosscheck request (or another protocol version): " + Integer.toHexString(magic));
      }
      byte kind = in.readByte();
      String identity = readString(in);
      String home = readString(in);
      String workingDirectory = readString(in);
      boolean terminal = in.readBoolean();
      String stdoutCharset = readString(in);
      String stderrCharset = readString(in);
      int argCount = count(in);
      List<String> args = new ArrayList<>(argCount);
      for (int i = 0; i < argCount; i++) {
        args.add(readString(in));
      }
      int variableCount = count(in);
      Map<String, String> environment = new LinkedHashMap<>();
      for (int i = 0; i < variableCount; i++) {
        environment.put(readString(in), readString(in));
      }
      try {
        return new Request(kind, identity, home, workingDirectory, terminal, stdoutCharset, stderrCharset, args, environment);
      } catch (IllegalArgumentException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
  }

  static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_STRING_BYTES) {
      throw new IOException("a string of " + length + " bytes is out of bounds");
    }
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new EOFException("the string ended after " + bytes.length + " of " + length + " bytes");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Writes one frame with bytes ({@link #OUT}, {@link #ERR}, {@link #DECLINED}'s reason). */
  static void writeFrame(DataOutputStream out, byte type, byte[] data, int offset, int length) throws IOException {
    out.writeByte(type);
    out.writeInt(length);
    out.write(data, offset, length);
    out.flush();
  }

  /** Reads the data of a frame with bytes, after its type byte. */
  static byte[] readFrameData(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_STRING_BYTES * 16) {
      throw new IOException("a frame of " + length + " bytes is out of bounds");
    }
    byte[] data = in.readNBytes(length);
    if (data.length != length) {
      throw new EOFException("the frame ended after " + data.length + " of " + length + " bytes");
    }
    return data;
  }

  private static int count(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > MAX_ITEMS) {
      throw new IOException("a list of " + count + " items is out of bounds");
    }
    return count;
  }
}
