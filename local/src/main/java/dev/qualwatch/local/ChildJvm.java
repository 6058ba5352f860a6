package dev.qualwatch.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started on this JVM's own classpath with an environment of the caller's choosing, as
 * Lambda starts a function with its configured variables. Its output is copied, line by line and
 * indented, to a stream of the caller's.
 */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final Thread pump;
  private final Thread shutdownHook;

  private ChildJvm(Process process, Thread pump) {
    this.process = process;
    this.pump = pump;
    this.shutdownHook = new Thread(this::kill, "child-jvm-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts {@code mainClass} with {@code args}; the child's environment is exactly
   * {@code environment}.
   */
  static ChildJvm start(Class<?> mainClass, List<String> args, Map<String, String> environment,
      PrintStream out) {
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        mainClass.getName()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      Thread pump = new Thread(() -> copy(process, out), "child-jvm-output");
      pump.setDaemon(true);
      pump.start();
      return new ChildJvm(process, pump);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start a JVM for " + mainClass.getName(), e);
    }
  }

  /** Waits for the child to exit and for its last output line; returns its exit code. */
  int await() throws InterruptedException {
    int code = process.waitFor();
    pump.join(TimeUnit.SECONDS.toMillis(5));
    return code;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running already and kills the child itself.
    }
  }

  private void kill() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static void copy(Process process, PrintStream out) {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        out.println("  | " + line);
      }
    } catch (IOException closed) {
      // The child was killed; whatever it printed so far has been copied.
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
