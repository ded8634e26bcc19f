package org.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the Java example of the README, so the README cannot drift from the API. */
class ReadmeExampleTest {
  @TempDir Path work;

  /** The first ```java block after {@code <!-- example: NAME -->} in README.md. */
  static String example(String name) throws Exception {
    String readme = Files.readString(Path.of(System.getProperty("crosscheck.readme")));
    Matcher block = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(block.find(), "README.md has no example named " + name);
    return block.group(1);
  }

  /** Compiles one public class against the test class path and loads it. */
  static Class<?> compile(Path folder, String source) throws Exception {
    Matcher className = Pattern.compile("public class (\\w+)").matcher(source);
    assertTrue(className.find(), "the example declares a public class");
    Path file = folder.resolve(className.group(1) + ".java");
    Files.writeString(file, source);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = compiler.run(null, null, diagnostics,
        "-classpath", System.getProperty("java.class.path"), "-d", folder.toString(), file.toString());
    assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));
    URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, ReadmeExampleTest.class.getClassLoader());
    return loader.loadClass(className.group(1));
  }

  @Test
  void theEmbeddingExampleRunsOnTheSeeds() throws Exception {
    Class<?> example = compile(work, example("embedding"));
    Method main = example.getMethod("main", String[].class);
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      main.invoke(null, (Object) new String[] {TestCorpora.seeds().toString(), work.resolve("index").toString()});
    } finally {
      System.setOut(original);
    }
    List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(5, lines.size());
    assertEquals("Yahoo News ¶10: “It was a mistake, an [[honest mistake]], a draft unsigned letter, because we are moving forces"
        + " around,” Milley told reporters, adding, “It shouldn't have been sent.”", lines.getFirst());
    assertTrue(lines.stream().allMatch(line -> line.contains("[[honest mistake]]")));
  }

  /** The query-benchmark example is a JUnit test itself: every {@code @Test} method of it must pass. */
  @Test
  void theQueryBenchmarkExampleIsAPassingTest() throws Exception {
    Class<?> example = compile(work, example("query-benchmark"));
    List<Method> tests = Arrays.stream(example.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Test.class)).toList();
    assertEquals(List.of("sameFactQualityHolds", "searchQualityHolds"), tests.stream().map(Method::getName).sorted().toList(),
        "the example's @Test methods: relevance and same-fact");
    for (Method test : tests) {
      // JUnit runs package-private test methods, so the example may use them too.
      test.setAccessible(true);
      Object instance = example.getDeclaredConstructor().newInstance();
      try {
        test.invoke(instance);
      } catch (InvocationTargetException e) {
        throw new AssertionError("the README's query-benchmark example fails in " + test.getName() + ": " + e.getCause().getMessage(), e.getCause());
      }
    }
  }
}
