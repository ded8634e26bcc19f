package org.crosscheck.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's jar (cli/pom.xml, execution client-jar) holds all the client needs, and the client
 * needs the JDK only: it runs here in a class loader that sees nothing but the classes that list
 * names, as it runs from target/crosscheck-cli-client.jar.
 */
class ServerClientJarTest {
  @TempDir Path home;

  /** Loads the listed classes from target/classes, everything else from the JDK alone, and notes what was asked for. */
  private static final class ClientJarLoader extends ClassLoader {
    final List<Pattern> included;
    final Set<String> refused = ConcurrentHashMap.newKeySet();

    ClientJarLoader(List<Pattern> included) {
      super("client-jar", ClassLoader.getPlatformClassLoader());
      this.included = included;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      String file = name.replace('.', '/') + ".class";
      if (included.stream().noneMatch(p -> p.matcher(file).matches())) {
        refused.add(name);
        throw new ClassNotFoundException(name + " is not in the client's jar");
      }
      try {
        byte[] bytes = Files.readAllBytes(Path.of("target/classes").resolve(file));
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new ClassNotFoundException(name, e);
      }
    }
  }

  private static List<Pattern> clientJarIncludes() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher execution = Pattern.compile("<id>client-jar</id>(.*?)</execution>", Pattern.DOTALL).matcher(pom);
    assertTrue(execution.find(), "cli/pom.xml builds the client's jar");
    Matcher include = Pattern.compile("<include>([^<]+)</include>").matcher(execution.group(1));
    List<Pattern> patterns = new ArrayList<>();
    while (include.find()) {
      patterns.add(Pattern.compile(Pattern.quote(include.group(1)).replace("*", "\\E[^/]*\\Q")));
    }
    assertFalse(patterns.isEmpty());
    return patterns;
  }

  @Test
  void theClientRunsOnTheClassesOfItsJarAndTheJdkAlone() throws Exception {
    ClientJarLoader loader = new ClientJarLoader(clientJarIncludes());
    Class<?> client = loader.loadClass(ServerClient.class.getName());
    Class<?> request = loader.loadClass(ServerProtocol.Request.class.getName());
    assertEquals(loader, client.getClassLoader());

    // What a run of main does, less System.exit: build the request from this process, then send it.
    client.getMethod("requestFromThisProcess", List.class).invoke(null, List.of("search", "river"));
    Constructor<?> newRequest = request.getDeclaredConstructor(byte.class, String.class, String.class, String.class, boolean.class,
        String.class, String.class, List.class, Map.class);
    try (ServerFixture server = ServerFixture.start(home.resolve(".crosscheck"))) {
      Object version = newRequest.newInstance(ServerProtocol.RUN, ServerFixture.IDENTITY, server.files.folder().toString(), home.toString(),
          false, "UTF-8", "UTF-8", List.of("--version"), Map.of());
      Method run = client.getMethod("run", request, Path.class, OutputStream.class, OutputStream.class, IntSupplier.class);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      IntSupplier noTerminal = () -> -1;
      assertEquals(0, run.invoke(null, version, server.files.socket(), out, OutputStream.nullOutputStream(), noTerminal));
      assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("crosscheck "), out.toString(StandardCharsets.UTF_8));
    }
    assertEquals(Set.of(), loader.refused, "classes the client asked for that its jar does not hold");
  }
}
