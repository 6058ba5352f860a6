package dev.qualwatch.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code moto_server} child process on a free loopback port, standing in for DynamoDB, SNS and
 * SQS. Start one per test class or per local run, and close it when done; a JVM shutdown hook
 * kills it too if the caller never gets to {@link #close()}.
 *
 * <pre>{@code
 * try (MotoServer moto = MotoServer.start()) {
 *   DynamoDbClient dynamoDb = LocalClients.dynamoDb(moto.endpoint());
 * }
 * }</pre>
 */
public final class MotoServer implements AutoCloseable {
  private static final String COMMAND = "moto_server";
  private static final String INSTALL_HINT =
      "install it with: pip install \"moto[server]\" (and make sure moto_server is on the PATH)";
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
  private static final int PORT_ATTEMPTS = 3;

  private final Process process;
  private final URI endpoint;
  private final Path log;
  private final Thread shutdownHook;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2))
      .build();

  private MotoServer(Process process, URI endpoint, Path log) {
    this.process = process;
    this.endpoint = endpoint;
    this.log = log;
    this.shutdownHook = new Thread(this::kill, "moto-server-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Launches {@code moto_server} on a free port of 127.0.0.1 and returns once it answers HTTP.
   *
   * @throws IllegalStateException when moto_server is not installed or does not come up
   */
  public static MotoServer start() {
    IllegalStateException lastFailure = null;
    for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
      try {
        return startOn(freePort());
      } catch (PortTakenException e) {
        lastFailure = e;
      }
    }
    throw lastFailure;
  }

  /** The base URL to give an SDK client's {@code endpointOverride}. */
  public URI endpoint() {
    return endpoint;
  }

  /** Drops every table, topic and queue, so that the next test starts from nothing. */
  public void reset() {
    HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
        .POST(HttpRequest.BodyPublishers.noBody())
        .timeout(Duration.ofSeconds(10))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("moto_server at " + endpoint + " answered "
            + response.statusCode() + " to POST /moto-api/reset: " + response.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not reset moto_server at " + endpoint, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while resetting moto_server", e);
    }
  }

  /** Kills the server and its children; safe to call twice. */
  @Override
  public void close() {
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to run; it does the same as above.
    }
  }

  long pid() {
    return process.pid();
  }

  @Override
  public String toString() {
    return "MotoServer[" + endpoint + ", pid " + process.pid() + "]";
  }

  private static MotoServer startOn(int port) {
    Path log = createLog(port);
    Process process = launch(port, log);
    URI endpoint = URI.create("http://127.0.0.1:" + port);
    MotoServer server = new MotoServer(process, endpoint, log);
    try {
      server.awaitReady();
      return server;
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  private static Process launch(int port, Path log) {
    List<String> command = List.of(COMMAND, "-H", "127.0.0.1", "-p", String.valueOf(port));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    try {
      return builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("could not run " + COMMAND + " (" + e.getMessage()
          + "); " + INSTALL_HINT, e);
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw exitedEarly();
      }
      if (answers()) {
        return;
      }
      pause(Duration.ofMillis(50));
    }
    throw new IllegalStateException(COMMAND + " did not answer on " + endpoint + " within "
        + STARTUP_TIMEOUT.toSeconds() + " s; its output:\n" + tail());
  }

  private boolean answers() {
    HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/moto-api/"))
        .timeout(Duration.ofSeconds(2))
        .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() < 500;
    } catch (IOException notYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for moto_server", e);
    }
  }

  private IllegalStateException exitedEarly() {
    String output = tail();
    if (output.contains("Address already in use")) {
      return new PortTakenException(endpoint + " was taken before moto_server could bind it");
    }
    if (process.exitValue() == 127 || output.contains("command not found")) {
      return new IllegalStateException(COMMAND + " is not available; " + INSTALL_HINT
          + "\nits output:\n" + output);
    }
    return new IllegalStateException(COMMAND + " exited with code " + process.exitValue()
        + " before answering on " + endpoint + "; its output:\n" + output);
  }

  private void kill() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Files.deleteIfExists(log);
    } catch (IOException ignored) {
      // A leftover log file in the temp folder is harmless.
    }
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(could not read " + log + ": " + e.getMessage() + ")";
    }
  }

  private static Path createLog(int port) {
    try {
      return Files.createTempFile("moto-server-" + port + "-", ".log");
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a log file for moto_server", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("could not find a free port for moto_server", e);
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for moto_server", e);
    }
  }

  /** The port picked was bound by someone else in the meantime; {@link #start()} tries again. */
  private static final class PortTakenException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    PortTakenException(String message) {
      super(message);
    }
  }
}
