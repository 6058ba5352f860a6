package dev.qualwatch.local.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qualwatch.api.ApiHandler;
import dev.qualwatch.local.LocalClients;
import dev.qualwatch.local.MotoServer;
import dev.qualwatch.local.TemplateResources;
import dev.qualwatch.mturk.MTurkEnvironment;
import dev.qualwatch.poll.PollConfig;
import dev.qualwatch.poll.Poller;
import dev.qualwatch.simulator.MTurkSimulator;
import dev.qualwatch.store.DynamoDbRequestReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Issue 3's benchmark: fills a table on moto_server with {@code --requests} requests over
 * {@code --types} types through the MTurk simulator and the real poller, then calls each route
 * {@code --calls} times through the handler and prints, per route, the in-handler time (p50,
 * p99), the DynamoDB calls per answer and the bytes per answer.
 *
 * <pre>{@code
 * mvn -q -pl local -am install -DskipTests
 * mvn -q -pl local exec:java -Dexec.mainClass=dev.qualwatch.local.bench.ApiBenchmark \
 *     -Dexec.args="--requests 10000 --types 5 --calls 100"
 * }</pre>
 *
 * <p>The times include moto_server's answer over loopback HTTP, which is slower than DynamoDB
 * for large partitions (moto evaluates a Query in Python over the whole index) and faster for
 * small ones (no network); read them as relative, and the call and byte counts as exact.
 */
public final class ApiBenchmark {
  private static final String FORMAT = "| %-40s | %8s | %8s | %9s | %9s |%n";
  private static final int WARM_UP = 10;

  private final ApiHandler handler;
  private final OperationCounter counter;

  private ApiBenchmark(ApiHandler handler, OperationCounter counter) {
    this.handler = handler;
    this.counter = counter;
  }

  public static void main(String[] args) {
    int requests = option(args, "--requests", 10_000);
    int types = option(args, "--types", 5);
    int calls = option(args, "--calls", 100);
    PrintStream out = System.out;
    try (MotoServer moto = MotoServer.start(); MTurkSimulator mturk = MTurkSimulator.start(0)) {
      OperationCounter counter = new OperationCounter();
      DynamoDbClient dynamoDb = LocalClients.dynamoDb(moto.endpoint(), counter);
      String tableName = fill(moto, mturk, dynamoDb, requests, types, out);
      ApiHandler handler = ApiHandler.create(DynamoDbRequestReader.create(dynamoDb, tableName));
      ApiBenchmark benchmark = new ApiBenchmark(handler, counter);
      benchmark.run(routes(requests, benchmark.newest()), calls, out);
    }
  }

  /** Seeds the simulator and lets the real poller store everything; returns the table name. */
  private static String fill(MotoServer moto, MTurkSimulator mturk, DynamoDbClient dynamoDb,
      int requests, int types, PrintStream out) {
    long started = System.nanoTime();
    TemplateResources template = TemplateResources.read();
    String tableName = template.createTable(dynamoDb, "api-benchmark");
    try (SnsClient sns = LocalClients.sns(moto.endpoint())) {
      String topicArn = template.createTopic(sns, "api-benchmark");
      MTurkSimulator.seedRequests(mturk, requests, types);
      List<String> typeIds = IntStream.range(0, types).mapToObj(ApiBenchmark::typeId).toList();
      PollConfig config =
          new PollConfig(tableName, topicArn, typeIds, MTurkEnvironment.SANDBOX);
      Poller.create(config, LocalClients.mturk(mturk.endpoint()), dynamoDb, sns,
          Clock.systemUTC()).poll(() -> Long.MAX_VALUE);
    }
    out.printf("Stored %d requests over %d types through the poller in %d s%n%n", requests,
        types, (System.nanoTime() - started) / 1_000_000_000L);
    return tableName;
  }

  /** Route label to the path and query it calls; {@code csv:} asks for CSV. */
  private static Map<String, String> routes(int requests, JsonNode newest) {
    String type = typeId(0);
    String worker = String.format("A%013d", requests / 2);
    String lastHundredSeconds = Instant.parse(newest.get("submitTime").asText())
        .minusSeconds(100).truncatedTo(ChronoUnit.SECONDS).toString();
    Map<String, String> routes = new LinkedHashMap<>();
    routes.put("GET /qualification-requests", "/qualification-requests");
    routes.put("  ?limit=100", "/qualification-requests?limit=100");
    routes.put("  ?limit=100&include=answer", "/qualification-requests?limit=100&include=answer");
    routes.put("  ?limit=100, Accept: text/csv", "csv:/qualification-requests?limit=100");
    routes.put("  ?qualificationTypeId=T", "/qualification-requests?qualificationTypeId=" + type);
    routes.put("  ?workerId=W", "/qualification-requests?workerId=" + worker);
    routes.put("  ?status=pending", "/qualification-requests?status=pending");
    routes.put("  ?qualificationTypeId=T&status=resolved",
        "/qualification-requests?qualificationTypeId=" + type + "&status=resolved");
    routes.put("  ?submittedAfter=(newest - 100 s)",
        "/qualification-requests?submittedAfter=" + lastHundredSeconds);
    routes.put("GET /qualification-requests/{id}",
        "/qualification-requests/" + newest.get("qualificationRequestId").asText());
    routes.put("GET /qualification-types", "/qualification-types");
    routes.put("400: ?limit=0", "/qualification-requests?limit=0");
    return routes;
  }

  private void run(Map<String, String> routes, int calls, PrintStream out) {
    out.printf(FORMAT, "route", "p50 ms", "p99 ms", "DDB calls", "bytes");
    out.printf(FORMAT, "-".repeat(40), "-".repeat(8), "-".repeat(8), "-".repeat(9),
        "-".repeat(9));
    routes.forEach((name, target) -> measure(name, target, calls, out));
  }

  private void measure(String name, String target, int calls, PrintStream out) {
    boolean csv = target.startsWith("csv:");
    String pathAndQuery = csv ? target.substring(4) : target;
    IntStream.range(0, WARM_UP).forEach(i -> call(pathAndQuery, csv));
    counter.reset();
    long[] nanos = new long[calls];
    long bytes = 0;
    for (int i = 0; i < calls; i++) {
      long started = System.nanoTime();
      APIGatewayV2HTTPResponse response = call(pathAndQuery, csv);
      nanos[i] = System.nanoTime() - started;
      bytes += response.getBody().getBytes(StandardCharsets.UTF_8).length;
    }
    Arrays.sort(nanos);
    int dynamoDbCalls = counter.calls().values().stream().mapToInt(Integer::intValue).sum();
    out.printf(FORMAT, name, millis(nanos[calls / 2]), millis(nanos[(int) (calls * 0.99)]),
        String.format("%.2f", dynamoDbCalls / (double) calls), bytes / calls);
  }

  /** The newest stored request, as the list route answers it. */
  private JsonNode newest() {
    String body = call("/qualification-requests?limit=1", false).getBody();
    try {
      return new ObjectMapper().readTree(body).get("items").get(0);
    } catch (IOException e) {
      throw new UncheckedIOException("The list route answered no JSON: " + body, e);
    }
  }

  private APIGatewayV2HTTPResponse call(String pathAndQuery, boolean csv) {
    int question = pathAndQuery.indexOf('?');
    String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
    APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey("$default")
        .withRawPath(path)
        .withRawQueryString(question < 0 ? "" : pathAndQuery.substring(question + 1))
        .withHeaders(Map.of("accept", csv ? "text/csv" : "application/json"))
        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
            .withRequestId("benchmark")
            .withStage("$default")
            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod("GET").withPath(path).build())
            .build())
        .build();
    return handler.handleRequest(event, null);
  }

  private static String millis(long nanos) {
    return String.format("%.1f", nanos / 1_000_000.0);
  }

  private static String typeId(int index) {
    return String.format("3BENCHMARKQUALTYPE%012d", index);
  }

  private static int option(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
