package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./crosscheck} launcher end to end, in a checkout made in a temporary folder: the
 * launcher itself, a jar that runs this build's classes (its manifest's class path names them; the
 * shaded jar is made only after the tests), the client's jar, and the seed articles. A first search
 * runs locally and starts a server; the next goes through it and prints the same; the server stops.
 */
class LauncherTest {
  private static final long WAIT_SECONDS = 120;

  @TempDir Path checkout;
  private Path folder;

  @BeforeEach
  void makeACheckout() throws IOException {
    Path launcher = checkout.resolve("crosscheck");
    Files.copy(Path.of("..", "crosscheck"), launcher);
    assertTrue(launcher.toFile().setExecutable(true));
    Path seeds = Files.createDirectories(checkout.resolve("seeds"));
    // Older than the jars, or the launcher would rebuild them with Maven.
    FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("crosscheck.seeds")))) {
      for (Path file : files.toList()) {
        Files.setLastModifiedTime(Files.copy(file, seeds.resolve(file.getFileName())), anHourAgo);
      }
    }
    Files.setLastModifiedTime(seeds, anHourAgo);
    Path target = Files.createDirectories(checkout.resolve("cli/target"));
    writeMainJar(target.resolve("crosscheck-cli.jar"));
    writeClientJar(target.resolve("crosscheck-cli-client.jar"));
    folder = checkout.resolve(".crosscheck");
  }

  /** Whatever happens, no server is left running. */
  @AfterEach
  void stopAnyServer() throws Exception {
    Path pid = folder.resolve("server.pid");
    if (Files.exists(pid)) {
      ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(server -> {
        server.destroy();
        server.onExit().orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
      });
    }
  }

  private record Run(int exit, String out, String err) {}

  private Run crosscheck(Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(checkout.resolve("crosscheck").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(checkout.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("CROSSCHECK_"));
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("CROSSCHECK_CDS", "off"); // the class path holds folders, which an archive cannot hold
    builder.environment().putAll(environment);
    Path out = Files.createTempFile(checkout, "out", ".txt");
    Path err = Files.createTempFile(checkout, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    assertTrue(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the launcher did not end: " + command);
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private Run crosscheck(String... args) throws Exception {
    return crosscheck(Map.of(), args);
  }

  @Test
  void aSecondSearchGoesThroughTheServerAndPrintsTheSame() throws Exception {
    Run first = crosscheck("search", "\"honest mistake\"", "--color", "never");
    assertEquals(0, first.exit(), first.out() + first.err());
    assertTrue(first.err().startsWith("crosscheck: first run: indexing the seed articles"), first.err());
    assertTrue(first.out().startsWith("5 paragraphs match \"honest mistake\"\n"), first.out());

    Path socket = folder.resolve("server.sock");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (!Files.exists(socket) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(Files.exists(socket), "no server started; its log: " + log());

    Run second = crosscheck("search", "\"honest mistake\"", "--color", "never");
    assertEquals(new Run(0, first.out(), ""), second);
    Run error = crosscheck("search", "\"honest mistake");
    assertEquals(2, error.exit());
    assertEquals(1, error.err().lines().count(), error.err());
    Run off = crosscheck(Map.of("CROSSCHECK_SERVER", "off"), "search", "\"honest mistake\"", "--color", "never");
    assertEquals(new Run(0, first.out(), ""), off);

    Run status = crosscheck("server", "status");
    assertEquals(0, status.exit(), status.err());
    assertTrue(status.out().contains("  requests: 2 served, 0 running"), "the second search and the error, not the one with the server off:\n"
        + status.out());
    long pid = Long.parseLong(Files.readString(folder.resolve("server.pid")).strip());

    Run stop = crosscheck("server", "stop");
    assertEquals(new Run(0, "crosscheck server: stopped\n", ""), stop);
    assertFalse(Files.exists(socket));
    assertTrue(ProcessHandle.of(pid).map(process -> process.onExit().orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join())
        .map(process -> !process.isAlive()).orElse(true), "the server process ended");
    assertTrue(log().contains("stopped after 2 requests: asked to by 'crosscheck server stop'"), log());

    // A socket left by a server that died: the command runs here, without a word about it, and a new server starts.
    try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      dead.bind(UnixDomainSocketAddress.of(socket));
    }
    assertEquals(new Run(0, first.out(), ""), crosscheck("search", "\"honest mistake\"", "--color", "never"));
    deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (!Files.exists(folder.resolve("server.pid")) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(Files.exists(folder.resolve("server.pid")), "a new server replaces the dead one; its log: " + log());
    assertEquals(new Run(0, "crosscheck server: stopped\n", ""), crosscheck("server", "stop"));
  }

  private String log() throws IOException {
    Path log = folder.resolve("server.log");
    return Files.exists(log) ? Files.readString(log) : "(none)";
  }

  /** A jar whose manifest runs Main on this build's classes and dependencies, as the shaded jar does. */
  private static void writeMainJar(Path jar) throws IOException {
    StringBuilder classPath = new StringBuilder();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.append(Path.of(entry).toAbsolutePath().toUri()).append(' ');
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString().strip());
    manifest.getMainAttributes().putValue("Enable-Native-Access", "ALL-UNNAMED");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
      // the manifest is all it holds
    }
  }

  /** The client's jar as cli/pom.xml makes it: the classes its client-jar execution lists. */
  private static void writeClientJar(Path jar) throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher execution = Pattern.compile("<id>client-jar</id>(.*?)</execution>", Pattern.DOTALL).matcher(pom);
    assertTrue(execution.find());
    List<Pattern> included = new ArrayList<>();
    Matcher include = Pattern.compile("<include>([^<]+)</include>").matcher(execution.group(1));
    while (include.find()) {
      included.add(Pattern.compile(Pattern.quote(include.group(1)).replace("*", "\\E[^/]*\\Q")));
    }
    Path classes = Path.of("target/classes");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest); Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
        if (included.stream().anyMatch(p -> p.matcher(name).matches())) {
          out.putNextEntry(new JarEntry(name));
          out.write(Files.readAllBytes(file));
          out.closeEntry();
        }
      }
    }
  }
}
