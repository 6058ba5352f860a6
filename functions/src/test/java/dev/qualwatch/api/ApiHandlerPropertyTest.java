package dev.qualwatch.api;

import dev.qualwatch.TestContext;
import static dev.qualwatch.api.Requests.ALICE;
import static dev.qualwatch.api.Requests.BOB;
import static dev.qualwatch.api.Requests.LABELLING;
import static dev.qualwatch.api.Requests.SPANISH;
import static dev.qualwatch.api.Requests.pending;
import static dev.qualwatch.api.Requests.resolved;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Thousands of random calls: none may end in a 5xx or an exception. */
class ApiHandlerPropertyTest {
  private static final Set<Integer> CLIENT_ANSWERS = Set.of(200, 400, 404, 405, 406);
  private static final List<String> NAMES = List.of("qualificationTypeId", "workerId", "status",
      "submittedAfter", "submittedBefore", "limit", "nextToken", "include");

  private final ApiHandler handler = new ApiHandler(new InMemoryRequestReader()
      .add(pending(1, SPANISH, ALICE, "2026-12-01T08:00:00Z"))
      .add(resolved(2, LABELLING, BOB, "2026-12-02T09:00:00Z")));

  @Property(tries = 3000)
  void randomCalls_neverFailOnOurSide(@ForAll("events") APIGatewayV2HTTPEvent event) {
    APIGatewayV2HTTPResponse response =
        handler.handleRequest(event, new TestContext("qualwatch-api", 30_000));

    assertTrue(CLIENT_ANSWERS.contains(response.getStatusCode()), response.getBody());
    assertNotNull(response.getHeaders().get("Content-Type"));
    if (response.getHeaders().get("Content-Type").contains("json")) {
      Calls.json(response.getBody());
    }
  }

  @Property(tries = 2000)
  void wellFormedListings_areAnsweredOrRefusedNamingAParameter(
      @ForAll("listQueries") String query) {
    APIGatewayV2HTTPResponse response =
        handler.handleRequest(Calls.get("/qualification-requests?" + query), null);

    assertTrue(response.getStatusCode() == 200 || response.getStatusCode() == 400,
        response.getBody());
    if (response.getStatusCode() == 400) {
      assertTrue(Calls.json(response.getBody()).hasNonNull("parameter"), response.getBody());
    }
  }

  @Provide
  Arbitrary<APIGatewayV2HTTPEvent> events() {
    Arbitrary<String> methods = Arbitraries.oneOf(
        Arbitraries.of("GET", "get", "POST", "HEAD", "DELETE", "OPTIONS", ""),
        Arbitraries.strings().ofMaxLength(8));
    Arbitrary<Map<String, String>> headers = Arbitraries.maps(
        Arbitraries.oneOf(Arbitraries.of("Accept", "accept", "ACCEPT", "Content-Type"), text()),
        Arbitraries.oneOf(Arbitraries.of("text/csv", "*/*", "application/json;q=0", "text/*;q=x",
            "text/csv;q=0.9, application/json;q=0.91", ",,;;", "q=1"), text()))
        .ofMaxSize(4);
    return Combinators.combine(methods, paths(), rawQueries(), headers, Arbitraries.of(true, false))
        .as((method, path, query, header, raw) -> {
          APIGatewayV2HTTPEvent event = Calls.event(method, path, header);
          event.setRawQueryString(raw ? query : null);
          event.setQueryStringParameters(raw ? null : Map.of("limit", query));
          return event;
        });
  }

  @Provide
  Arbitrary<String> listQueries() {
    Arbitrary<String> pair = Combinators.combine(Arbitraries.of(NAMES), values())
        .as((name, value) -> name + "=" + value);
    return pair.list().ofMaxSize(5).map(pairs -> String.join("&", pairs));
  }

  private static Arbitrary<String> paths() {
    Arbitrary<String> segments = Arbitraries.oneOf(
        Arbitraries.of("qualification-requests", "qualification-types", "", "..", "%2F", "%",
            "%ZZ", "%C3%28", "3REQ00000000000000000000000001", "%23poll-state"),
        text());
    return segments.list().ofMaxSize(4).map(parts -> "/" + String.join("/", parts));
  }

  private static Arbitrary<String> rawQueries() {
    return Arbitraries.oneOf(
        Arbitraries.just(""),
        text(),
        Combinators.combine(Arbitraries.oneOf(Arbitraries.of(NAMES), text()), values())
            .as((name, value) -> name + "=" + value)
            .list().ofMaxSize(6).map(pairs -> String.join("&", pairs)));
  }

  private static Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.of("pending", "resolved", "answer", "0", "1", "100", "101", "-1",
            "2026-12-01", "2026-12-01T00:00:00Z", "2026-12-01T00:00:00+02:00", "9999-12-31",
            SPANISH, ALICE, "MS4yLjM.AAAA", "%", "%E2%82%AC", "%FF", "a.b", ""),
        Arbitraries.integers().between(-5, 1000).map(String::valueOf),
        text());
  }

  private static Arbitrary<String> text() {
    return Arbitraries.strings().all().ofMaxLength(40);
  }
}
