package dev.qualwatch.api;

import dev.qualwatch.TestContext;
import static dev.qualwatch.api.Requests.ALICE;
import static dev.qualwatch.api.Requests.BOB;
import static dev.qualwatch.api.Requests.LABELLING;
import static dev.qualwatch.api.Requests.SPANISH;
import static dev.qualwatch.api.Requests.id;
import static dev.qualwatch.api.Requests.pending;
import static dev.qualwatch.api.Requests.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.qualwatch.store.PollState;
import dev.qualwatch.store.PollState.TypeState;
import dev.qualwatch.store.StoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiHandlerTest {
  private final InMemoryRequestReader reader = new InMemoryRequestReader()
      .add(pending(1, SPANISH, ALICE, "2026-12-01T08:00:00Z"))
      .add(resolved(2, LABELLING, ALICE, "2026-12-01T09:00:00Z"))
      .add(pending(3, SPANISH, BOB, "2026-12-02T10:00:00Z"))
      .add(pending(4, LABELLING, BOB, "2026-12-02T11:00:00Z"))
      .add(resolved(5, SPANISH, BOB, "2026-12-03T12:00:00Z"));
  private final ApiHandler handler = new ApiHandler(reader);
  private final TestContext context = new TestContext("qualwatch-api", 30_000);

  @Test
  void listRequests_withoutFilters_answersNewestFirstWithoutTestOrAnswer() {
    JsonNode body = ok(call("/qualification-requests"));

    assertEquals(List.of(id(5), id(4), id(3), id(2), id(1)), ids(body));
    JsonNode newest = body.get("items").get(0);
    assertEquals(SPANISH, newest.get("qualificationTypeId").asText());
    assertEquals(BOB, newest.get("workerId").asText());
    assertEquals("2026-12-03T12:00:00.000Z", newest.get("submitTime").asText());
    assertEquals("2026-12-03T12:01:00.000Z", newest.get("firstSeenAt").asText());
    assertEquals("resolved", newest.get("status").asText());
    assertEquals("2026-12-03T13:00:00.000Z", newest.get("resolvedAt").asText());
    assertFalse(newest.has("test"));
    assertFalse(newest.has("answer"));
    assertTrue(body.get("nextToken").isNull());
  }

  @Test
  void listRequests_withIncludeAnswer_addsTestAndAnswer() {
    JsonNode body = ok(call("/qualification-requests?include=answer&limit=1"));

    JsonNode item = body.get("items").get(0);
    assertEquals("<QuestionForm>test 5</QuestionForm>", item.get("test").asText());
    assertEquals("<QuestionFormAnswers>answer 5</QuestionFormAnswers>",
        item.get("answer").asText());
  }

  @Test
  void listRequests_byQualificationTypeId_answersOnlyThatType() {
    JsonNode body = ok(call("/qualification-requests?qualificationTypeId=" + LABELLING));

    assertEquals(List.of(id(4), id(2)), ids(body));
  }

  @Test
  void listRequests_byWorkerId_answersOnlyThatWorker() {
    JsonNode body = ok(call("/qualification-requests?workerId=" + ALICE));

    assertEquals(List.of(id(2), id(1)), ids(body));
  }

  @Test
  void listRequests_byStatus_answersOnlyThatStatus() {
    JsonNode body = ok(call("/qualification-requests?status=pending"));

    assertEquals(List.of(id(4), id(3), id(1)), ids(body));
  }

  @Test
  void listRequests_withEveryFilter_passesAllOfThemToTheReader() {
    ok(call("/qualification-requests?workerId=" + BOB + "&qualificationTypeId=" + SPANISH
        + "&status=pending&submittedAfter=2026-12-02&submittedBefore=2026-12-03T00:00:00Z"));

    var filter = reader.filtersAsked.get(0);
    assertEquals(BOB, filter.workerId());
    assertEquals(SPANISH, filter.qualificationTypeId());
    assertEquals("pending", filter.status());
    assertEquals(Instant.parse("2026-12-02T00:00:00Z"), filter.submittedFrom());
    assertEquals(Instant.parse("2026-12-03T00:00:00Z"), filter.submittedUntil());
  }

  @Test
  void listRequests_submittedAfter_includesThatInstant() {
    JsonNode body = ok(call("/qualification-requests?submittedAfter=2026-12-02T11:00:00Z"));

    assertEquals(List.of(id(5), id(4)), ids(body));
  }

  @Test
  void listRequests_submittedBefore_excludesThatInstant() {
    JsonNode body = ok(call("/qualification-requests?submittedBefore=2026-12-01T09:00:00Z"));

    assertEquals(List.of(id(1)), ids(body));
  }

  @Test
  void listRequests_timeWithOffset_isReadAsThatInstant() {
    JsonNode body = ok(call("/qualification-requests?submittedAfter=2026-12-02T12:00:00%2B01:00"
        + "&submittedBefore=2026-12-02T13:00:00+01:00"));

    assertEquals(List.of(id(4)), ids(body));
  }

  @Test
  void listRequests_followingNextToken_visitsEveryRequestOnceNewestFirst() {
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      JsonNode body = ok(call("/qualification-requests?limit=2"
          + (token == null ? "" : "&nextToken=" + token)));
      seen.addAll(ids(body));
      token = body.get("nextToken").isNull() ? null : body.get("nextToken").asText();
      pages++;
    } while (token != null);

    assertEquals(List.of(id(5), id(4), id(3), id(2), id(1)), seen);
    assertEquals(3, pages);
  }

  @Test
  void listRequests_nextTokenWithAnotherLimit_continuesTheListing() {
    String token = ok(call("/qualification-requests?limit=1")).get("nextToken").asText();

    JsonNode body = ok(call("/qualification-requests?limit=3&nextToken=" + token));

    assertEquals(List.of(id(4), id(3), id(2)), ids(body));
  }

  @Test
  void listRequests_nextTokenOfAnotherFilter_is400() {
    String token = ok(call("/qualification-requests?limit=1&status=pending"))
        .get("nextToken").asText();

    APIGatewayV2HTTPResponse response =
        call("/qualification-requests?limit=1&status=resolved&nextToken=" + token);

    assertProblem(response, 400, "nextToken");
  }

  @Test
  void listRequests_editedNextToken_is400() {
    String token = ok(call("/qualification-requests?limit=1")).get("nextToken").asText();
    char first = token.charAt(0);
    String edited = (first == 'A' ? 'B' : 'A') + token.substring(1);

    assertProblem(call("/qualification-requests?nextToken=" + edited), 400, "nextToken");
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "a.b", "a.b.c", ".", "%00%FF", "MS4yLjM.AAAA",
      "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
          + "000000000000000000000000000000000000000000000000000000000000000000000000000000000"
          + "000000000000000000000000000000000000000000000000000000000000000000000000000000000"
          + "000000000000000000000000000000000000000000000000000000000000000000000000000000000"})
  void listRequests_garbageNextToken_is400(String token) {
    assertProblem(call("/qualification-requests?nextToken=" + token), 400, "nextToken");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "abc", "-1", "1.5", "+5", "%205", "1e2", "0100"})
  void listRequests_limitOutsideOneToHundred_is400(String limit) {
    assertProblem(call("/qualification-requests?limit=" + limit), 400, "limit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "100", "007"})
  void listRequests_limitWithinOneToHundred_isTaken(String limit) {
    ok(call("/qualification-requests?limit=" + limit));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PENDING", "approved", "pending,resolved", "%20pending"})
  void listRequests_unknownStatus_is400(String status) {
    assertProblem(call("/qualification-requests?status=" + status), 400, "status");
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2026-13-01", "2026-12-01T25:00:00Z",
      "2026-12-01T10:00:00", "1700000000", "2026-12-01T10:00:00 01:00", "10000-01-01T00:00:00Z",
      "1969-12-31T23:59:59Z"})
  void listRequests_timeThatIsNotIso8601_is400(String time) {
    assertProblem(call("/qualification-requests?submittedAfter=" + time), 400, "submittedAfter");
    assertProblem(call("/qualification-requests?submittedBefore=" + time), 400,
        "submittedBefore");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-12-02T00:00:00Z", "2026-12-01T00:00:00Z"})
  void listRequests_afterNotEarlierThanBefore_is400(String after) {
    APIGatewayV2HTTPResponse response = call("/qualification-requests?submittedAfter=" + after
        + "&submittedBefore=2026-12-01T00:00:00Z");

    assertProblem(response, 400, "submittedAfter");
  }

  @Test
  void listRequests_unknownParameter_is400NamingIt() {
    APIGatewayV2HTTPResponse response = call("/qualification-requests?worker=" + ALICE);

    JsonNode problem = assertProblem(response, 400, "worker");
    assertEquals("urn:qualwatch:problem:unknown-parameter", problem.get("type").asText());
  }

  @Test
  void listRequests_parameterGivenTwice_is400() {
    assertProblem(call("/qualification-requests?limit=5&limit=6"), 400, "limit");
  }

  @Test
  void listRequests_emptyValue_is400() {
    assertProblem(call("/qualification-requests?status="), 400, "status");
  }

  @ParameterizedTest
  @ValueSource(strings = {"workerId=a1qw8rt7mx2kde", "workerId=A1-QW8", "workerId=A1",
      "qualificationTypeId=3SPANISH", "qualificationTypeId=%233SPANISHTYPE0000000000000000"})
  void listRequests_idOfTheWrongForm_is400(String parameter) {
    String name = parameter.substring(0, parameter.indexOf('='));

    assertProblem(call("/qualification-requests?" + parameter), 400, name);
  }

  @Test
  void listRequests_includeOtherThanAnswer_is400() {
    assertProblem(call("/qualification-requests?include=test"), 400, "include");
  }

  @Test
  void listRequests_acceptCsv_answersTheSameRowsAsCsv() {
    APIGatewayV2HTTPResponse response = call("GET",
        "/qualification-requests?workerId=" + ALICE, Map.of("Accept", "text/csv"));

    assertEquals(200, response.getStatusCode());
    assertEquals("text/csv; charset=utf-8; header=present",
        response.getHeaders().get("Content-Type"));
    assertEquals("qualificationRequestId,qualificationTypeId,workerId,submitTime,firstSeenAt,"
        + "status,resolvedAt\r\n"
        + id(2) + "," + LABELLING + "," + ALICE + ",2026-12-01T09:00:00.000Z,"
        + "2026-12-01T09:01:00.000Z,resolved,2026-12-01T10:00:00.000Z\r\n"
        + id(1) + "," + SPANISH + "," + ALICE + ",2026-12-01T08:00:00.000Z,"
        + "2026-12-01T08:01:00.000Z,pending,\r\n", response.getBody());
  }

  @Test
  void listRequests_csvWithAnswers_quotesAndDefusesFormulas() {
    reader.add(Requests.withAnswer(
        pending(6, SPANISH, ALICE, "2026-12-04T00:00:00Z"), "=HYPERLINK(\"x\",\"a, b\")"));

    APIGatewayV2HTTPResponse response = call("GET",
        "/qualification-requests?limit=1&include=answer", Map.of("accept", "text/csv"));

    String[] lines = response.getBody().split("\r\n");
    assertTrue(lines[0].endsWith(",resolvedAt,test,answer"));
    assertTrue(lines[1].endsWith(",<QuestionForm>test 6</QuestionForm>,"
        + "\"'=HYPERLINK(\"\"x\"\",\"\"a, b\"\")\""), lines[1]);
  }

  @Test
  void listRequests_csvRatedAboveJson_answersCsv() {
    APIGatewayV2HTTPResponse response = call("GET", "/qualification-requests",
        Map.of("Accept", "application/json;q=0.5, text/csv"));

    assertTrue(response.getHeaders().get("Content-Type").startsWith("text/csv"));
  }

  @Test
  void listRequests_acceptOfferingNeitherJsonNorCsv_is406() {
    APIGatewayV2HTTPResponse response =
        call("GET", "/qualification-requests", Map.of("Accept", "image/png"));

    assertProblem(response, 406, "Accept");
  }

  @Test
  void getRequest_answersTheRequestWithTestAndAnswer() {
    JsonNode body = ok(call("/qualification-requests/" + id(3)));

    assertEquals(id(3), body.get("qualificationRequestId").asText());
    assertEquals(SPANISH, body.get("qualificationTypeId").asText());
    assertEquals(BOB, body.get("workerId").asText());
    assertEquals("2026-12-02T10:00:00.000Z", body.get("submitTime").asText());
    assertEquals("pending", body.get("status").asText());
    assertTrue(body.get("resolvedAt").isNull());
    assertEquals("<QuestionForm>test 3</QuestionForm>", body.get("test").asText());
    assertEquals("<QuestionFormAnswers>answer 3</QuestionFormAnswers>",
        body.get("answer").asText());
  }

  @Test
  void getRequest_unknownId_is404() {
    assertProblem(call("/qualification-requests/" + id(99)), 404, "id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3req00000000000000000000000001", "SHORT1", "%23poll-state",
      "3REQ%ZZ", "3REQ0000000000000000000000000%201"})
  void getRequest_idOfTheWrongForm_is400(String id) {
    assertProblem(call("/qualification-requests/" + id), 400, "id");
  }

  @Test
  void getRequest_withAQueryParameter_is400() {
    assertProblem(call("/qualification-requests/" + id(3) + "?include=answer"), 400, "include");
  }

  @Test
  void listTypes_answersPendingCountNewestSubmitTimeAndLastPollPerType() {
    reader.pollState(new PollState(Instant.parse("2026-12-03T12:05:00Z"), Map.of(
        SPANISH, new TypeState(2, Instant.parse("2026-12-02T10:00:00Z"),
            Instant.parse("2026-12-03T12:04:00Z")),
        LABELLING, new TypeState(0, null, Instant.parse("2026-12-03T12:04:30Z")))));

    JsonNode body = ok(call("/qualification-types"));

    assertEquals("2026-12-03T12:05:00.000Z", body.get("lastSuccessfulPollAt").asText());
    JsonNode first = body.get("qualificationTypes").get(0);
    assertEquals(LABELLING, first.get("qualificationTypeId").asText());
    assertEquals(0, first.get("pendingCount").asInt());
    assertTrue(first.get("newestSubmitTime").isNull());
    JsonNode second = body.get("qualificationTypes").get(1);
    assertEquals(SPANISH, second.get("qualificationTypeId").asText());
    assertEquals(2, second.get("pendingCount").asInt());
    assertEquals("2026-12-02T10:00:00.000Z", second.get("newestSubmitTime").asText());
    assertEquals("2026-12-03T12:04:00.000Z", second.get("lastListedAt").asText());
  }

  @Test
  void listTypes_beforeTheFirstPoll_answersNoTypes() {
    JsonNode body = ok(call("/qualification-types"));

    assertTrue(body.get("lastSuccessfulPollAt").isNull());
    assertEquals(0, body.get("qualificationTypes").size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/qualification-request", "/qualification-requests/",
      "/qualification-requests/" + "3REQ00000000000000000000000001/answer",
      "/Qualification-Types", "/qualification-types/", "", "/%2e%2e/etc/passwd"})
  void unknownRoute_is404(String path) {
    assertProblem(call(path), 404, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"})
  void wrongMethod_is405WithAllowGet(String method) {
    APIGatewayV2HTTPResponse response = call(method, "/qualification-requests", Map.of());

    assertProblem(response, 405, null);
    assertEquals("GET", response.getHeaders().get("Allow"));
  }

  @Test
  void readerFailure_is500WithTheRequestIdAndNoInternals() {
    reader.failWith(new StoreException("Query on index byType of table qualwatch-Requests-X"
        + " failed: ProvisionedThroughputExceededException", null));

    APIGatewayV2HTTPResponse response = call("/qualification-requests");

    JsonNode problem = assertProblem(response, 500, null);
    assertEquals(Calls.REQUEST_ID, problem.get("requestId").asText());
    assertTrue(problem.get("detail").asText().contains(Calls.REQUEST_ID));
    assertFalse(response.getBody().contains("qualwatch-Requests-X"));
    assertFalse(response.getBody().contains("byType"));
    assertTrue(context.messages().stream().anyMatch(l -> l.contains("\"level\":\"ERROR\"")
        && l.contains("ProvisionedThroughputExceededException")));
  }

  @Test
  void everyCall_logsOneInfoLineWithoutAnswers() {
    call("/qualification-requests/" + id(3));

    assertEquals(1, context.messages().size());
    JsonNode line = Calls.json(context.messages().get(0));
    assertEquals("INFO", line.get("level").asText());
    assertEquals(Calls.REQUEST_ID, line.get("requestId").asText());
    assertEquals(200, line.get("status").asInt());
    assertEquals(1, line.get("tableCalls").asInt());
    assertFalse(context.messages().get(0).contains("answer 3"));
  }

  @Test
  void namedStage_isNotPartOfTheRoute() {
    APIGatewayV2HTTPEvent event = Calls.get("/prod/qualification-types");
    event.getRequestContext().setStage("prod");

    assertEquals(200, handler.handleRequest(event, context).getStatusCode());
  }

  @Test
  void nullEvent_is404NotAnException() {
    assertProblem(handler.handleRequest(null, context), 404, null);
  }

  private APIGatewayV2HTTPResponse call(String pathAndQuery) {
    return handler.handleRequest(Calls.get(pathAndQuery), context);
  }

  private APIGatewayV2HTTPResponse call(
      String method, String pathAndQuery, Map<String, String> headers) {
    return handler.handleRequest(Calls.event(method, pathAndQuery, headers), context);
  }

  private static JsonNode ok(APIGatewayV2HTTPResponse response) {
    assertEquals(200, response.getStatusCode(), response.getBody());
    assertEquals("application/json", response.getHeaders().get("Content-Type"));
    return Calls.json(response.getBody());
  }

  static JsonNode assertProblem(APIGatewayV2HTTPResponse response, int status, String parameter) {
    assertEquals(status, response.getStatusCode(), response.getBody());
    assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
    JsonNode problem = Calls.json(response.getBody());
    assertTrue(problem.get("type").asText().startsWith("urn:qualwatch:problem:"));
    assertFalse(problem.get("title").asText().isBlank());
    assertEquals(status, problem.get("status").asInt());
    assertFalse(problem.get("detail").asText().isBlank());
    if (parameter == null) {
      assertNull(problem.get("parameter"));
    } else {
      assertEquals(parameter, problem.get("parameter").asText());
    }
    return problem;
  }

  private static List<String> ids(JsonNode body) {
    List<String> ids = new ArrayList<>();
    body.get("items").forEach(item -> ids.add(item.get("qualificationRequestId").asText()));
    return ids;
  }
}
