package dev.qualwatch.it.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A local HTTP server answering like a Slack incoming webhook, always with one status. */
final class SlackStandIn implements AutoCloseable {
  static final String PATH = "/services/T0QUALW/B0WATCH/itS3cr3tT0k3n";

  record Post(String path, String body) {}

  private final HttpServer server;
  private final int status;
  private final List<Post> posts = new ArrayList<>();

  private SlackStandIn(HttpServer server, int status) {
    this.server = server;
    this.status = status;
  }

  static SlackStandIn answering(int status) throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    SlackStandIn slack = new SlackStandIn(server, status);
    server.createContext("/", slack::handle);
    server.start();
    return slack;
  }

  URI webhook() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
  }

  synchronized List<Post> posts() {
    return List.copyOf(posts);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    synchronized (this) {
      posts.add(new Post(exchange.getRequestURI().getPath(), body));
    }
    byte[] answer = (status == 200 ? "ok" : "internal_error").getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
