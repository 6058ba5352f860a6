package dev.qualwatch.simulator;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Speaks AWS JSON 1.1 as MTurk does: {@code POST /} with
 * {@code X-Amz-Target: MTurkRequesterServiceV20170117.<Operation>} and a JSON body. Every call
 * with a target is counted, then may be faulted, then reaches its operation. Signatures are not
 * checked. Bodies are never logged: they hold Workers' tests and answers.
 */
final class ProtocolHandler implements HttpHandler {

  static final String TARGET_PREFIX = "MTurkRequesterServiceV20170117.";

  private static final System.Logger LOG = System.getLogger(ProtocolHandler.class.getName());
  private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private final Map<String, Operation> operations;
  private final CallCounters counters;
  private final FaultSwitches faults;

  ProtocolHandler(List<Operation> operations, CallCounters counters, FaultSwitches faults) {
    this.operations = operations.stream()
        .collect(Collectors.toUnmodifiableMap(Operation::name, Function.identity()));
    this.counters = counters;
    this.faults = faults;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    long started = System.nanoTime();
    String requestId = UUID.randomUUID().toString();
    try (exchange) {
      byte[] body = readBody(exchange);
      int status = answer(exchange, requestId, body);
      LOG.log(Level.DEBUG, () -> String.format("%s answered %d in %d ms",
          targetOf(exchange), status, (System.nanoTime() - started) / 1_000_000));
    }
  }

  private int answer(HttpExchange exchange, String requestId, byte[] body) throws IOException {
    try {
      ObjectNode output = dispatch(exchange, body);
      return send(exchange, requestId, 200, output);
    } catch (MTurkError error) {
      return send(exchange, requestId, error.status(), errorBody(error));
    } catch (RuntimeException unexpected) {
      LOG.log(Level.ERROR, "MTurk simulator failed on " + targetOf(exchange), unexpected);
      MTurkError fault = MTurkError.serviceFault("The MTurk simulator failed unexpectedly;"
          + " see its log for request " + requestId + ".");
      return send(exchange, requestId, fault.status(), errorBody(fault));
    }
  }

  private ObjectNode dispatch(HttpExchange exchange, byte[] body) {
    String target = targetOf(exchange);
    if (!"POST".equals(exchange.getRequestMethod()) || target == null) {
      throw MTurkError.unknownOperation("Expected POST / with header X-Amz-Target: "
          + TARGET_PREFIX + "<Operation>, as the AWS SDKs send it.");
    }
    if (!target.startsWith(TARGET_PREFIX)) {
      throw MTurkError.unknownOperation("X-Amz-Target " + target + " is not an MTurk"
          + " operation; expected " + TARGET_PREFIX + "<Operation>.");
    }
    String name = target.substring(TARGET_PREFIX.length());
    counters.record(name);
    Optional<Fault> fault = faults.next(name);
    if (fault.isPresent()) {
      throw MTurkError.of(fault.get());
    }
    Operation operation = operations.get(name);
    if (operation == null) {
      throw MTurkError.unknownOperation("The MTurk simulator does not implement " + name
          + "; it implements " + operations.keySet() + ".");
    }
    return operation.handle(parse(body));
  }

  private static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return WireJson.object();
    }
    try {
      JsonNode input = WireJson.MAPPER.readTree(body);
      if (input == null || !input.isObject()) {
        throw MTurkError.serialization("The request body must be a JSON object.");
      }
      return input;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      throw MTurkError.serialization("The request body is not valid JSON" + (where == null
          ? "." : " (line " + where.getLineNr() + ", column " + where.getColumnNr()
          + ")."));
    } catch (IOException e) {
      throw MTurkError.serialization("The request body could not be read.");
    }
  }

  private static ObjectNode errorBody(MTurkError error) {
    ObjectNode node = WireJson.object();
    node.put("__type", error.code());
    node.put("Message", error.getMessage());
    WireJson.putIfPresent(node, "TurkErrorCode", error.turkErrorCode());
    return node;
  }

  private static int send(HttpExchange exchange, String requestId, int status, ObjectNode body)
      throws IOException {
    byte[] bytes = WireJson.MAPPER.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
    exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
    return status;
  }

  private static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return in.readAllBytes();
    }
  }

  private static String targetOf(HttpExchange exchange) {
    return exchange.getRequestHeaders().getFirst("X-Amz-Target");
  }
}
