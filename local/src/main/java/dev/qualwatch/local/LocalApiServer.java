package dev.qualwatch.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves an API handler over plain HTTP on the loopback interface, so that a newcomer can
 * {@code curl} the query API locally. Each HTTP request becomes the HTTP API payload 2.0 event
 * API Gateway would send (with a fresh request id), and the handler's answer becomes the HTTP
 * response. There is no SigV4 check: the server only listens on 127.0.0.1.
 *
 * <pre>{@code
 * try (LocalApiServer api = LocalApiServer.start(8080, ApiHandler.create(reader))) {
 *   // curl "http://127.0.0.1:8080/qualification-requests?status=pending"
 * }
 * }</pre>
 */
public final class LocalApiServer implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private final HttpServer server;
  private final ExecutorService executor;
  private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;

  private LocalApiServer(HttpServer server, ExecutorService executor,
      RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
    this.server = server;
    this.executor = executor;
    this.handler = handler;
  }

  /**
   * Starts serving {@code handler} on 127.0.0.1; port 0 picks a free port.
   *
   * @throws UncheckedIOException when the port is taken
   */
  public static LocalApiServer start(
      int port, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port
          + "; pick another port, or 0 for a free one", e);
    }
    ExecutorService executor = Executors.newFixedThreadPool(4);
    LocalApiServer api = new LocalApiServer(server, executor, handler);
    server.createContext("/", api::serve);
    server.setExecutor(executor);
    server.start();
    return api;
  }

  /** The base URL, such as {@code http://127.0.0.1:8080}. */
  public URI endpoint() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      APIGatewayV2HTTPResponse response;
      try {
        response = handler.handleRequest(
            event(exchange), LocalContext.start("qualwatch-api", TIMEOUT, System.out));
      } catch (RuntimeException e) {
        response = APIGatewayV2HTTPResponse.builder()
            .withStatusCode(502)
            .withHeaders(Map.of("Content-Type", "application/json"))
            .withBody("{\"message\":\"Internal Server Error\"}")
            .build();
        System.err.println("The handler threw " + e + "; API Gateway would answer 502");
      }
      respond(exchange, response);
    }
  }

  static APIGatewayV2HTTPEvent event(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String rawQuery = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    Map<String, String> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((name, values) ->
        headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
    String body = readBody(exchange.getRequestBody());
    Instant now = Instant.now();
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey("$default")
        .withRawPath(uri.getRawPath())
        .withRawQueryString(rawQuery)
        .withQueryStringParameters(rawQuery.isEmpty() ? null : decoded(rawQuery))
        .withHeaders(headers)
        .withBody(body.isEmpty() ? null : Base64.getEncoder().encodeToString(
            body.getBytes(StandardCharsets.UTF_8)))
        .withIsBase64Encoded(!body.isEmpty())
        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
            .withRequestId(UUID.randomUUID().toString())
            .withRouteKey("$default")
            .withStage("$default")
            .withAccountId("123456789012")
            .withApiId("local")
            .withDomainName(headers.getOrDefault("host", "127.0.0.1"))
            .withTimeEpoch(now.toEpochMilli())
            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(exchange.getRequestMethod())
                .withPath(uri.getRawPath())
                .withProtocol(exchange.getProtocol())
                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                .withUserAgent(headers.get("user-agent"))
                .build())
            .build())
        .build();
  }

  /** What API Gateway puts in {@code queryStringParameters}: decoded, repeats comma-joined. */
  private static Map<String, String> decoded(String rawQuery) {
    Map<String, String> parameters = new HashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (!pair.isEmpty()) {
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        parameters.merge(name, value, (first, second) -> first + "," + second);
      }
    }
    return parameters;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private static String readBody(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  private static void respond(HttpExchange exchange, APIGatewayV2HTTPResponse response)
      throws IOException {
    String body = response.getBody() == null ? "" : response.getBody();
    byte[] bytes = response.getIsBase64Encoded()
        ? Base64.getDecoder().decode(body)
        : body.getBytes(StandardCharsets.UTF_8);
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((name, value) ->
          exchange.getResponseHeaders().put(name, List.of(value)));
    }
    if (response.getMultiValueHeaders() != null) {
      response.getMultiValueHeaders().forEach(exchange.getResponseHeaders()::put);
    }
    exchange.sendResponseHeaders(response.getStatusCode(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }
}
