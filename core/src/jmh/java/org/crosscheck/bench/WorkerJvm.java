package org.crosscheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's worker: a JVM of its own, with the benchmarks' class path and the heap the JMH
 * benchmarks get ({@code -Xmx1g -Xms1g}), running a main class that reads one command per line
 * and answers each with one line. The pair benchmarks ({@link IndexingPairs}, {@link SearchPairs})
 * keep one per side alive, so that neither side's code shapes how the JIT compiles Lucene for the
 * other. Its error output is dropped.
 */
final class WorkerJvm implements AutoCloseable {
  private final Process process;
  private final PrintWriter commands;
  private final BufferedReader answers;

  private WorkerJvm(Process process) {
    this.process = process;
    this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Starts {@code main} with {@code args} in a new JVM, on the java this JVM runs on. */
  static WorkerJvm start(Class<?> main, String... args) throws IOException {
    return start(System.getProperty("java.class.path"), main, args);
  }

  /** As {@link #start(Class, String...)}, with {@code main} from the class path given: another version's benchmark jar. */
  static WorkerJvm start(String classPath, Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Xmx1g", "-Xms1g", "-cp", classPath, main.getName()));
    command.addAll(List.of(args));
    return new WorkerJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
  }

  /** Sends one command and waits for the answer's line. */
  String ask(String command) throws IOException {
    commands.println(command);
    String answer = answers.readLine();
    if (answer == null) {
      throw new IOException("a worker stopped (exit " + waitForExit() + ")");
    }
    return answer;
  }

  private int waitForExit() {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Ends the commands, which ends the worker's loop, and waits for it to exit. */
  @Override
  public void close() {
    commands.close();
    waitForExit();
  }
}
