package dev.qualwatch.local.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link ColdStartChild} in a fresh JVM with exactly the environment given, waits for it,
 * and reads its timings. The child's output goes to a file, as Lambda sends it to its log agent,
 * so that a chatty child never blocks on a full pipe.
 */
final class ChildLauncher {
  private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(2);

  private final String java;
  private final String classpath;
  private final Path eventsDir;
  private final int warmCalls;

  ChildLauncher(String java, String classpath, Path eventsDir, int warmCalls) {
    this.java = java;
    this.classpath = classpath;
    this.eventsDir = eventsDir;
    this.warmCalls = warmCalls;
  }

  /** One cold start; {@code classLog} asks the JVM to log every class it loads there. */
  Sample run(ColdStartFunction function, JvmFlags flags, Map<String, String> environment,
      Optional<Path> classLog) {
    Path output = temporaryFile("cold-start-child-", ".log");
    ProcessBuilder builder = new ProcessBuilder(command(function, flags, classLog))
        .redirectErrorStream(true)
        .redirectOutput(output.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    try {
      long spawnEpochMs = System.currentTimeMillis();
      Process process = builder.start();
      await(process, function);
      ChildTimings timings = timings(Files.readAllLines(output), function, process.exitValue());
      return new Sample(timings, timings.mainEpochMs() - spawnEpochMs);
    } catch (IOException e) {
      throw new UncheckedIOException("could not run the " + function.label() + " child JVM", e);
    } finally {
      deleteQuietly(output);
    }
  }

  private List<String> command(ColdStartFunction function, JvmFlags flags,
      Optional<Path> classLog) {
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(flags.options());
    classLog.ifPresent(log -> command.add("-Xlog:class+load=info:file=" + log));
    command.addAll(List.of("-cp", classpath, ColdStartChild.class.getName(), function.name(),
        eventsDir.toString(), String.valueOf(warmCalls)));
    return command;
  }

  private static void await(Process process, ColdStartFunction function) {
    try {
      if (!process.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("the " + function.label() + " child JVM ran longer than "
            + CHILD_TIMEOUT.toSeconds() + " s and was killed");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a child JVM", e);
    }
  }

  static ChildTimings timings(List<String> lines, ColdStartFunction function, int exitCode) {
    return lines.stream()
        .filter(line -> line.startsWith(ChildTimings.MARKER))
        .map(line -> ChildTimings.parse(line.substring(ChildTimings.MARKER.length())))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the " + function.label()
            + " child JVM exited with code " + exitCode + " and printed no timings; its last "
            + "lines:\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 25),
            lines.size()))));
  }

  static Path temporaryFile(String prefix, String suffix) {
    try {
      return Files.createTempFile(prefix, suffix);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary file for a child JVM", e);
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A leftover file in the temporary folder is harmless.
    }
  }

  /**
   * One child's timings, and the milliseconds from asking for the process to its {@code main}:
   * process creation, the launcher and the JVM's own start, by this JVM's clock and the child's.
   */
  record Sample(ChildTimings timings, double spawnToMainMs) {}
}
