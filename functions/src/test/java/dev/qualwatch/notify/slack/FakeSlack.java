package dev.qualwatch.notify.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A local HTTP server standing in for a Slack incoming webhook. It answers with the scripted
 * answers in order (the last one repeats) and records what it received.
 */
final class FakeSlack implements AutoCloseable {
  /** The part of the webhook path that makes it a secret; it must never be logged. */
  static final String SECRET_TOKEN = "xS3cr3tW3bh00kT0k3n";
  private static final String PATH = "/services/T0QUALW/B0WATCH/" + SECRET_TOKEN;

  record Answer(int status, Map<String, String> headers, String body) {
    static Answer ok() {
      return new Answer(200, Map.of(), "ok");
    }

    static Answer of(int status, String body) {
      return new Answer(status, Map.of(), body);
    }

    static Answer rateLimited(int retryAfterSeconds) {
      return new Answer(429, Map.of("Retry-After", Integer.toString(retryAfterSeconds)),
          "rate_limited");
    }
  }

  record Received(String path, String contentType, String body, long atNanos) {}

  private final HttpServer server;
  private final Deque<Answer> answers = new ArrayDeque<>();
  private final List<Received> received = new ArrayList<>();

  private FakeSlack(HttpServer server) {
    this.server = server;
  }

  static FakeSlack start(Answer... script) throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FakeSlack slack = new FakeSlack(server);
    slack.answers.addAll(List.of(script));
    server.createContext("/", slack::handle);
    server.start();
    return slack;
  }

  URI webhookUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
  }

  WebhookUrl webhookUrl() {
    return WebhookUrl.parse(webhookUri().toString(), "the test");
  }

  synchronized List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Answer answer;
    synchronized (this) {
      received.add(new Received(exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("Content-Type"), body, System.nanoTime()));
      answer = answers.size() > 1 ? answers.poll() : answers.peek();
    }
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
