package dev.qualwatch.notify.slack;

import dev.qualwatch.TestContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qualwatch.notify.slack.FakeSlack.Answer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackHandlerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final URI API_URL =
      URI.create("https://a1b2c3.execute-api.us-east-1.amazonaws.com");
  private static final SlackWebhook.Backoff FAST =
      new SlackWebhook.Backoff(3, Duration.ofMillis(20), Duration.ofMillis(80));

  static final String DIGEST = """
      {"schema":"qualwatch.digest/1","part":1,"parts":1,"count":2,"totalNew":2,
       "qualificationTypeIds":["3TYPEAAAAAAAAAAAAAAAAAAAAAAAA"],
       "qualificationRequests":[
        {"qualificationRequestId":"3REQAAAAAAAAAAAAAAAAAAAAAAAAA",
         "qualificationTypeId":"3TYPEAAAAAAAAAAAAAAAAAAAAAAAA","workerId":"A1WORKERAAAAAA",
         "submitTime":"2026-12-03T16:25:46.000Z","firstSeenAt":"2026-12-03T16:30:00.123Z"},
        {"qualificationRequestId":"3REQBBBBBBBBBBBBBBBBBBBBBBBBB",
         "qualificationTypeId":"3TYPEAAAAAAAAAAAAAAAAAAAAAAAA","workerId":"A2WORKERBBBBBB",
         "submitTime":"2026-12-03T16:27:02.000Z","firstSeenAt":"2026-12-03T16:30:00.123Z"}]}
      """;

  private static final String EXPECTED_PAYLOAD = """
      {"text":"qualwatch: 2 new qualification requests",
       "blocks":[
        {"type":"header",
         "text":{"type":"plain_text","text":"2 new qualification requests","emoji":true}},
        {"type":"section","text":{"type":"mrkdwn",
         "text":"*Qualification type* `3TYPEAAAAAAAAAAAAAAAAAAAAAAAA`: 2 new requests"}},
        {"type":"section","text":{"type":"mrkdwn",
         "text":"• Worker `A1WORKERAAAAAA`, submitted <!date^1796315146^{date_num} {time_secs}\
      |2026-12-03 16:25:46 UTC>: <https://a1b2c3.execute-api.us-east-1.amazonaws.com\
      /qualification-requests/3REQAAAAAAAAAAAAAAAAAAAAAAAAA|3REQAAAAAAAAAAAAAAAAAAAAAAAAA>\
      \\n• Worker `A2WORKERBBBBBB`, submitted <!date^1796315222^{date_num} {time_secs}\
      |2026-12-03 16:27:02 UTC>: <https://a1b2c3.execute-api.us-east-1.amazonaws.com\
      /qualification-requests/3REQBBBBBBBBBBBBBBBBBBBBBBBBB|3REQBBBBBBBBBBBBBBBBBBBBBBBBB>"}},
        {"type":"divider"},
        {"type":"context","elements":[{"type":"mrkdwn","text":"Answers are never posted here.\
       The links lead to the qualwatch API, which answers SigV4-signed requests only."}]}]}
      """;

  @Test
  void handleRequest_postsTheDigestAsBlockKit() throws Exception {
    try (FakeSlack slack = FakeSlack.start(Answer.ok())) {
      TestContext context = context();

      handler(slack).handleRequest(event(DIGEST), context);

      List<FakeSlack.Received> received = slack.received();
      assertEquals(1, received.size());
      assertEquals(JSON.readTree(EXPECTED_PAYLOAD), JSON.readTree(received.get(0).body()));
      assertEquals("application/json; charset=utf-8", received.get(0).contentType());
      assertEquals(List.of("INFO Posted digest part 1/1 with 2 qualification requests to Slack"),
          context.logLines().stream().map(line -> line.replaceAll(" in \\d+ ms.*", "")).toList());
      assertNoSecret(context.logLines());
    }
  }

  @Test
  void handleRequest_whenSlackAnswers429_waitsForRetryAfterThenPosts() throws Exception {
    try (FakeSlack slack = FakeSlack.start(Answer.rateLimited(1), Answer.ok())) {
      TestContext context = context();

      handler(slack).handleRequest(event(DIGEST), context);

      List<FakeSlack.Received> received = slack.received();
      assertEquals(2, received.size());
      long waited = received.get(1).atNanos() - received.get(0).atNanos();
      assertTrue(waited >= Duration.ofMillis(950).toNanos(), "waited only " + waited + " ns");
      assertEquals(received.get(0).body(), received.get(1).body());
      assertTrue(context.logLines().get(0).contains("2 attempts"), context.logLines().toString());
    }
  }

  @Test
  void handleRequest_whenRetryAfterOutlastsTheInvocation_throwsWithoutWaiting() throws Exception {
    try (FakeSlack slack = FakeSlack.start(Answer.rateLimited(60))) {
      TestContext context = new TestContext("qualwatch-test-SlackFunction", 10_000);
      long started = System.nanoTime();

      SlackDeliveryException thrown = assertThrows(SlackDeliveryException.class,
          () -> handler(slack).handleRequest(event(DIGEST), context));

      assertEquals(1, slack.received().size());
      assertTrue(System.nanoTime() - started < Duration.ofSeconds(5).toNanos());
      assertTrue(thrown.getMessage().contains("retry after 60 s"), thrown.getMessage());
      assertNoSecret(List.of(thrown.getMessage()));
    }
  }

  @Test
  void handleRequest_when5xx_retriesWithBackoffThenPosts() throws Exception {
    try (FakeSlack slack = FakeSlack.start(
        Answer.of(503, "service_unavailable"), Answer.of(500, "internal_error"), Answer.ok())) {
      TestContext context = context();

      handler(slack).handleRequest(event(DIGEST), context);

      List<FakeSlack.Received> received = slack.received();
      assertEquals(3, received.size());
      long firstPause = received.get(1).atNanos() - received.get(0).atNanos();
      long secondPause = received.get(2).atNanos() - received.get(1).atNanos();
      assertTrue(firstPause >= Duration.ofMillis(15).toNanos(), "first pause " + firstPause);
      assertTrue(secondPause >= Duration.ofMillis(35).toNanos(), "second pause " + secondPause);
      assertTrue(context.logLines().get(0).contains("3 attempts"), context.logLines().toString());
    }
  }

  @Test
  void handleRequest_whenSlackKeepsFailing_throwsSoLambdaRetriesAndDeadLetters() throws Exception {
    try (FakeSlack slack = FakeSlack.start(Answer.of(500, "internal_error"))) {
      TestContext context = context();

      SlackDeliveryException thrown = assertThrows(SlackDeliveryException.class,
          () -> handler(slack).handleRequest(event(DIGEST), context));

      assertEquals(FAST.maxAttempts(), slack.received().size());
      assertEquals("Slack did not take the message after 3 attempts; the last answer was"
          + " HTTP 500 (internal_error)", thrown.getMessage());
      assertTrue(context.logLines().isEmpty(), "a failure is reported once, by Lambda");
    }
  }

  @Test
  void handleRequest_whenSlackRefusesTheMessage_throwsAtOnce() throws Exception {
    try (FakeSlack slack = FakeSlack.start(Answer.of(404, "no_service"))) {
      TestContext context = context();

      SlackDeliveryException thrown = assertThrows(SlackDeliveryException.class,
          () -> handler(slack).handleRequest(event(DIGEST), context));

      assertEquals(1, slack.received().size());
      assertTrue(thrown.getMessage().startsWith("Slack refused the message with HTTP 404"
          + " (no_service)"), thrown.getMessage());
      assertNoSecret(List.of(thrown.getMessage()));
    }
  }

  @Test
  void handleRequest_whenSlackIsUnreachable_retriesThenThrowsWithoutTheUrl() throws Exception {
    FakeSlack closed = FakeSlack.start(Answer.ok());
    WebhookUrl url = closed.webhookUrl();
    closed.close();
    SlackHandler handler = new SlackHandler(
        new SlackNotifier(new BlockKit(API_URL), SlackWebhook.create(url, FAST)));

    SlackDeliveryException thrown = assertThrows(SlackDeliveryException.class,
        () -> handler.handleRequest(event(DIGEST), context()));

    assertTrue(thrown.getMessage().contains("after 3 attempts; the last answer was no answer ("),
        thrown.getMessage());
    assertNoSecret(List.of(thrown.getMessage(), String.valueOf(thrown.getCause())));
  }

  @Test
  void handleRequest_whenTheMessageIsAnAlarm_postsItsStateAndReason() throws Exception {
    String alarm = """
        {"AlarmName":"qualwatch-poll-heartbeat","AlarmDescription":"No successful poll.",
         "NewStateValue":"ALARM","NewStateReason":"Threshold Crossed: 3 datapoints < 1",
         "StateChangeTime":"2026-12-03T16:40:00.000+0000","Region":"US East (N. Virginia)"}
        """;
    try (FakeSlack slack = FakeSlack.start(Answer.ok())) {

      handler(slack).handleRequest(event(alarm), context());

      assertEquals(JSON.readTree("""
          {"text":"qualwatch alarm qualwatch-poll-heartbeat is ALARM",
           "blocks":[
            {"type":"header","text":{"type":"plain_text",
             "text":":rotating_light: ALARM: qualwatch-poll-heartbeat","emoji":true}},
            {"type":"section","text":{"type":"mrkdwn",
             "text":"No successful poll.\\n*Reason:* Threshold Crossed: 3 datapoints &lt; 1"}}]}
          """), JSON.readTree(slack.received().get(0).body()));
    }
  }

  @Test
  void handleRequest_whenTheMessageIsNeitherDigestNorAlarm_throwsAndPostsNothing()
      throws Exception {
    try (FakeSlack slack = FakeSlack.start(Answer.ok())) {

      assertThrows(UnknownMessageException.class, () -> handler(slack)
          .handleRequest(event("{\"schema\":\"qualwatch.digest/9\"}"), context()));
      assertThrows(UnknownMessageException.class, () -> handler(slack)
          .handleRequest(event("hello"), context()));

      assertTrue(slack.received().isEmpty());
    }
  }

  @Test
  void webhookUrl_neverShowsItself() throws Exception {
    try (FakeSlack slack = FakeSlack.start(Answer.ok())) {

      String shown = slack.webhookUrl().toString();
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
          () -> WebhookUrl.parse("not a url " + FakeSlack.SECRET_TOKEN, "the secret arn:x"));

      assertFalse(shown.contains(FakeSlack.SECRET_TOKEN));
      assertNoSecret(List.of(thrown.getMessage()));
    }
  }

  private static SlackHandler handler(FakeSlack slack) {
    return new SlackHandler(
        new SlackNotifier(new BlockKit(API_URL), SlackWebhook.create(slack.webhookUrl(), FAST)));
  }

  static SNSEvent event(String message) {
    SNSEvent.SNS sns = new SNSEvent.SNS()
        .withMessageId("95df01b4-ee98-5cb9-9903-4c221d41eb5e")
        .withMessage(message);
    return new SNSEvent().withRecords(List.of(new SNSEvent.SNSRecord().withSns(sns)));
  }

  private static void assertNoSecret(List<String> texts) {
    for (String text : texts) {
      assertFalse(text.contains(FakeSlack.SECRET_TOKEN), "the webhook URL leaked: " + text);
      assertFalse(text.contains("T0QUALW/B0WATCH"), "the webhook path leaked: " + text);
    }
  }

  private static TestContext context() {
    return new TestContext("qualwatch-test-SlackFunction", 30_000);
  }
}
