package dev.qualwatch.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.qualwatch.local.LocalApiServer;
import dev.qualwatch.local.MotoServer;
import dev.qualwatch.simulator.SimulatedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every filter, alone and combined, paged through nextToken against DynamoDB on moto_server,
 * compared with the same filter applied to what the simulator holds. Pages must be full until the
 * last, whichever index serves the filter and however many items its filter expression drops.
 */
class ListingAgainstMotoTest {
  private static final List<String> TYPES =
      List.of("3QMUXF7BK2PJ0W9ZAYLRT5E8CNHGDV", "3W8KX2ZCY5NB7RJQTPMFA0LE4HDUGS");
  private static final List<String> WORKERS =
      List.of("A1QW8RT7MX2KDE", "A2ZLM4PQ9VN3RT", "A3HB6TY2UJ8WQK", "A9KD3NF5GH2LPS");
  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  private static final int LIMIT = 3;

  private static MotoServer moto;
  private static ApiWorld world;
  private static final List<SimulatedRequest> SUBMITTED = new ArrayList<>();
  private static final Set<String> RESOLVED = new HashSet<>();

  @BeforeAll
  static void fillTableThroughThePoller() {
    moto = MotoServer.start();
    world = new ApiWorld(moto);
    Random random = new Random(42);
    for (int i = 0; i < 100; i++) {
      SimulatedRequest request = new SimulatedRequest(String.format("3LST%026d", i),
          TYPES.get(random.nextInt(10) < 7 ? 0 : 1), WORKERS.get(random.nextInt(WORKERS.size())),
          START.plusSeconds(3600L * random.nextInt(24 * 30)).plusMillis(i), "t", "a");
      SUBMITTED.add(request);
      world.submit(request);
    }
    world.poll(ApiWorld.FIRST_POLL, TYPES);
    SUBMITTED.stream().filter(r -> random.nextInt(3) == 0).forEach(r -> {
      world.mturk.resolve(r.qualificationRequestId());
      RESOLVED.add(r.qualificationRequestId());
    });
    world.poll(ApiWorld.FIRST_POLL.plusSeconds(300), TYPES);
  }

  @AfterAll
  static void stop() {
    world.close();
    moto.close();
  }

  static Stream<Arguments> filters() {
    String type = TYPES.get(1);
    String worker = WORKERS.get(2);
    String after = "2026-11-10T00:00:00Z";
    String before = "2026-11-25T00:00:00Z";
    return Stream.of(
        Arguments.of("", all()),
        Arguments.of("qualificationTypeId=" + type, ofType(type)),
        Arguments.of("workerId=" + worker, ofWorker(worker)),
        Arguments.of("status=pending", pending()),
        Arguments.of("status=resolved", pending().negate()),
        Arguments.of("submittedAfter=" + after, after(after)),
        Arguments.of("submittedBefore=" + before, after(before).negate()),
        Arguments.of("qualificationTypeId=" + type + "&status=resolved",
            ofType(type).and(pending().negate())),
        Arguments.of("workerId=" + worker + "&qualificationTypeId=" + TYPES.get(0)
            + "&status=pending", ofWorker(worker).and(ofType(TYPES.get(0))).and(pending())),
        Arguments.of("status=pending&submittedAfter=" + after + "&submittedBefore=" + before,
            pending().and(after(after)).and(after(before).negate())),
        Arguments.of("workerId=" + worker + "&submittedAfter=" + after,
            ofWorker(worker).and(after(after))));
  }

  @ParameterizedTest
  @MethodSource("filters")
  void pagingThroughAFilter_answersExactlyItsRequestsNewestFirstInFullPages(
      String query, Predicate<SimulatedRequest> filter) {
    List<String> expected = SUBMITTED.stream().filter(filter)
        .sorted(Comparator.comparing(SimulatedRequest::submitTime).reversed())
        .map(SimulatedRequest::qualificationRequestId)
        .toList();

    List<List<String>> pages = pages(query);

    assertEquals(expected, pages.stream().flatMap(List::stream).toList());
    for (int i = 0; i < pages.size() - 1; i++) {
      assertEquals(LIMIT, pages.get(i).size(), "page " + i + " of " + query);
    }
    assertTrue(expected.size() > LIMIT, "the filter should span pages: " + query);
  }

  @Test
  void localApiServer_servesTheHandlerOverHttp() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    try (LocalApiServer server = LocalApiServer.start(0, world.handler)) {
      URI base = server.endpoint();

      HttpResponse<String> list = http.send(HttpRequest.newBuilder(
          base.resolve("/qualification-requests?status=pending&limit=3")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> csv = http.send(HttpRequest.newBuilder(
          base.resolve("/qualification-requests?limit=2")).header("Accept", "text/csv").build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(
          base.resolve("/qualification-types")).DELETE().build(),
          HttpResponse.BodyHandlers.ofString());

      assertEquals(200, list.statusCode());
      assertEquals(3, ApiWorld.JSON.readTree(list.body()).get("items").size());
      assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
      assertEquals(3, csv.body().split("\r\n").length);
      assertTrue(csv.headers().firstValue("Next-Token").isPresent());
      assertEquals(405, deleted.statusCode());
      assertEquals("GET", deleted.headers().firstValue("Allow").orElseThrow());
    }
  }

  private static List<List<String>> pages(String query) {
    List<List<String>> pages = new ArrayList<>();
    String token = null;
    do {
      APIGatewayV2HTTPEvent event = ApiWorld.event("api-list-requests.json");
      event.setRawQueryString("limit=" + LIMIT + (query.isEmpty() ? "" : "&" + query)
          + (token == null ? "" : "&nextToken=" + token));
      APIGatewayV2HTTPResponse response = world.call(event);
      assertEquals(200, response.getStatusCode(), response.getBody());
      JsonNode body = ApiWorld.json(response);
      pages.add(ApiEventsTest.ids(body));
      token = body.get("nextToken").isNull() ? null : body.get("nextToken").asText();
    } while (token != null);
    return pages;
  }

  private static Predicate<SimulatedRequest> all() {
    return r -> true;
  }

  private static Predicate<SimulatedRequest> ofType(String type) {
    return r -> r.qualificationTypeId().equals(type);
  }

  private static Predicate<SimulatedRequest> ofWorker(String worker) {
    return r -> r.workerId().equals(worker);
  }

  private static Predicate<SimulatedRequest> pending() {
    return r -> !RESOLVED.contains(r.qualificationRequestId());
  }

  private static Predicate<SimulatedRequest> after(String time) {
    return r -> !r.submitTime().isBefore(Instant.parse(time));
  }
}
