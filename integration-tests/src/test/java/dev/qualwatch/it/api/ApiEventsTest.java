package dev.qualwatch.it.api;

import static dev.qualwatch.it.api.ApiWorld.event;
import static dev.qualwatch.it.api.ApiWorld.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.qualwatch.local.MotoServer;
import dev.qualwatch.simulator.SimulatedRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The events/api-*.json files through the handler, against a table the real poller filled from
 * the MTurk simulator on moto_server. The ids and times below are the ones the files name.
 */
class ApiEventsTest {
  static final String SPANISH = "3QMUXF7BK2PJ0W9ZAYLRT5E8CNHGDV";
  static final String LABELLING = "3W8KX2ZCY5NB7RJQTPMFA0LE4HDUGS";
  static final String ALICE = "A1QW8RT7MX2KDE";
  static final String BOB = "A2ZLM4PQ9VN3RT";
  /** The request api-get-request.json names. */
  static final String ALICE_SPANISH = "3F4KQ8ZB1XW7MNT2YRC5HJ9PLVDG0E";
  static final String BOB_SPANISH = "3ITREQ000000000000000000000002";
  static final String ALICE_LABELLING = "3ITREQ000000000000000000000003";
  static final String BOB_LABELLING = "3ITREQ000000000000000000000004";
  static final String ALICE_FORMULA = "3ITREQ000000000000000000000005";

  private static MotoServer moto;
  private static ApiWorld world;

  @BeforeAll
  static void pollTwice() {
    moto = MotoServer.start();
    world = new ApiWorld(moto);
    world.submit(request(ALICE_SPANISH, SPANISH, ALICE, "2026-12-02T10:00:00Z", "hola"));
    world.submit(request(BOB_SPANISH, SPANISH, BOB, "2026-12-02T11:00:00Z", "buenas"));
    world.submit(request(ALICE_LABELLING, LABELLING, ALICE, "2026-12-01T09:00:00Z", "3"));
    world.submit(request(BOB_LABELLING, LABELLING, BOB, "2026-11-30T08:00:00Z", "no"));
    world.submit(new SimulatedRequest(ALICE_FORMULA, SPANISH, ALICE,
        Instant.parse("2026-12-03T09:00:00Z"), null, "=HYPERLINK(\"http://example.com\")"));
    world.poll(ApiWorld.FIRST_POLL, List.of(SPANISH, LABELLING));
    world.mturk.resolve(ALICE_LABELLING);
    world.poll(ApiWorld.FIRST_POLL.plusSeconds(300), List.of(SPANISH, LABELLING));
  }

  @AfterAll
  static void stop() {
    world.close();
    moto.close();
  }

  @Test
  void listRequests_answersNewestFirstAndPagesWithNextToken() {
    APIGatewayV2HTTPEvent first = event("api-list-requests.json");

    JsonNode firstPage = ok(world.call(first));
    first.setRawQueryString("limit=2&nextToken=" + firstPage.get("nextToken").asText());
    JsonNode secondPage = ok(world.call(first));
    first.setRawQueryString("limit=2&nextToken=" + secondPage.get("nextToken").asText());
    JsonNode lastPage = ok(world.call(first));

    assertEquals(List.of(ALICE_FORMULA, BOB_SPANISH), ids(firstPage));
    assertEquals(List.of(ALICE_SPANISH, ALICE_LABELLING), ids(secondPage));
    assertEquals(List.of(BOB_LABELLING), ids(lastPage));
    assertTrue(lastPage.get("nextToken").isNull());
    assertFalse(firstPage.get("items").get(0).has("answer"));
  }

  @Test
  void listRequestsByType_answersThatTypesPendingRequestsWithAnswers() {
    JsonNode body = ok(world.call(event("api-list-requests-by-type.json")));

    assertEquals(List.of(ALICE_FORMULA, BOB_SPANISH, ALICE_SPANISH), ids(body));
    JsonNode oldest = body.get("items").get(2);
    assertEquals("<QuestionFormAnswers>hola</QuestionFormAnswers>",
        oldest.get("answer").asText());
    assertEquals("<QuestionForm>Test for " + ALICE_SPANISH + "</QuestionForm>",
        oldest.get("test").asText());
  }

  @Test
  void listRequestsByWorker_answersThatWorkersRequestsInTheTimeRange() {
    JsonNode body = ok(world.call(event("api-list-requests-by-worker.json")));

    assertEquals(List.of(ALICE_SPANISH, ALICE_LABELLING), ids(body));
    JsonNode resolved = body.get("items").get(1);
    assertEquals("resolved", resolved.get("status").asText());
    assertEquals("2026-12-03T12:05:00.000Z", resolved.get("resolvedAt").asText());
    assertEquals("2026-12-03T12:00:00.000Z", resolved.get("firstSeenAt").asText());
  }

  @Test
  void listRequestsAsCsv_answersTheRowsWithAHeaderAndDefusedFormulas() {
    APIGatewayV2HTTPResponse response = world.call(event("api-list-requests-csv.json"));

    assertEquals(200, response.getStatusCode());
    assertTrue(response.getHeaders().get("Content-Type").startsWith("text/csv"));
    String[] lines = response.getBody().split("\r\n");
    assertEquals("qualificationRequestId,qualificationTypeId,workerId,submitTime,firstSeenAt,"
        + "status,resolvedAt,test,answer", lines[0]);
    assertEquals(5, lines.length);
    assertEquals(ALICE_FORMULA + "," + SPANISH + "," + ALICE
        + ",2026-12-03T09:00:00.000Z,2026-12-03T12:00:00.000Z,pending,,,"
        + "\"'=HYPERLINK(\"\"http://example.com\"\")\"", lines[1]);
  }

  @Test
  void getRequest_answersTheRequestWithTestAndAnswer() {
    JsonNode body = ok(world.call(event("api-get-request.json")));

    assertEquals(ALICE_SPANISH, body.get("qualificationRequestId").asText());
    assertEquals(SPANISH, body.get("qualificationTypeId").asText());
    assertEquals(ALICE, body.get("workerId").asText());
    assertEquals("2026-12-02T10:00:00.000Z", body.get("submitTime").asText());
    assertEquals("pending", body.get("status").asText());
    assertEquals("<QuestionFormAnswers>hola</QuestionFormAnswers>", body.get("answer").asText());
    assertFalse(body.has("notificationPending"));
    assertFalse(body.has("notifiedAt"));
  }

  @Test
  void listTypes_answersWhatThePollerRecorded() {
    JsonNode body = ok(world.call(event("api-list-types.json")));

    assertEquals("2026-12-03T12:05:00.000Z", body.get("lastSuccessfulPollAt").asText());
    JsonNode types = body.get("qualificationTypes");
    assertEquals(2, types.size());
    assertEquals(SPANISH, types.get(0).get("qualificationTypeId").asText());
    assertEquals(3, types.get(0).get("pendingCount").asInt());
    assertEquals("2026-12-03T09:00:00.000Z", types.get(0).get("newestSubmitTime").asText());
    assertEquals(LABELLING, types.get(1).get("qualificationTypeId").asText());
    assertEquals(1, types.get(1).get("pendingCount").asInt());
  }

  @ParameterizedTest
  @CsvSource({
      "api-get-request-unknown.json, 404, id",
      "api-bad-limit.json, 400, limit",
      "api-bad-status.json, 400, status",
      "api-bad-date.json, 400, submittedAfter",
      "api-after-later-than-before.json, 400, submittedAfter",
      "api-unknown-parameter.json, 400, worker",
      "api-bad-id.json, 400, id",
      "api-bad-next-token.json, 400, nextToken",
      "api-unknown-route.json, 404, ",
      "api-wrong-method.json, 405, "})
  void badInput_isAProblemNamingTheParameter(String file, int status, String parameter) {
    APIGatewayV2HTTPResponse response = world.call(event(file));

    assertEquals(status, response.getStatusCode(), response.getBody());
    assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
    JsonNode problem = json(response);
    assertEquals(status, problem.get("status").asInt());
    assertEquals(parameter, problem.hasNonNull("parameter")
        ? problem.get("parameter").asText() : null);
    assertEquals(ApiWorld.REQUEST_ID, problem.get("requestId").asText());
  }

  @Test
  void wrongMethod_namesTheAllowedOne() {
    APIGatewayV2HTTPResponse response = world.call(event("api-wrong-method.json"));

    assertEquals("GET", response.getHeaders().get("Allow"));
  }

  static SimulatedRequest request(String id, String type, String worker, String submitted,
      String answer) {
    return new SimulatedRequest(id, type, worker, Instant.parse(submitted),
        "<QuestionForm>Test for " + id + "</QuestionForm>",
        "<QuestionFormAnswers>" + answer + "</QuestionFormAnswers>");
  }

  static JsonNode ok(APIGatewayV2HTTPResponse response) {
    assertEquals(200, response.getStatusCode(), response.getBody());
    return json(response);
  }

  static List<String> ids(JsonNode body) {
    List<String> ids = new ArrayList<>();
    body.get("items").forEach(item -> ids.add(item.get("qualificationRequestId").asText()));
    return ids;
  }
}
