package dev.qualwatch.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

/** The query API in a child JVM of its own, so that the function reads its own environment. */
final class ApiServerProcess implements AutoCloseable {
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

  private final ChildJvm child;

  private ApiServerProcess(ChildJvm child) {
    this.child = child;
  }

  /** Starts the API on 127.0.0.1:{@code port} and returns once it accepts connections. */
  static ApiServerProcess start(int port, ChildEnvironment environment, PrintStream out) {
    checkFree(port);
    ChildJvm child = ChildJvm.start(Invoke.class, List.of("api-server", String.valueOf(port)),
        environment.api(), out);
    ApiServerProcess server = new ApiServerProcess(child);
    try {
      server.awaitListening(port);
      return server;
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** Blocks until the server stops (Ctrl-C); returns its exit code. */
  int await() {
    try {
      return child.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  @Override
  public void close() {
    child.close();
  }

  private void awaitListening(int port) {
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        throw new IllegalStateException("the query API stopped while starting; "
            + "see its output above");
      }
      if (accepts(port)) {
        return;
      }
      sleep();
    }
    throw new IllegalStateException("the query API did not listen on port " + port + " within "
        + STARTUP_TIMEOUT.toSeconds() + " s; see its output above");
  }

  private static void checkFree(int port) {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      probe.setReuseAddress(true);
    } catch (IOException e) {
      throw new IllegalStateException("port " + port + " is in use; pass --port with a free "
          + "one, or --no-serve to skip the query API");
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the query API", e);
    }
  }
}
