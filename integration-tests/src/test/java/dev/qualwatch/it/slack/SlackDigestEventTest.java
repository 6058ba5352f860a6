package dev.qualwatch.it.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qualwatch.config.ConfigurationException;
import dev.qualwatch.local.LocalClients;
import dev.qualwatch.local.LocalContext;
import dev.qualwatch.local.MotoServer;
import dev.qualwatch.notify.slack.SlackConfig;
import dev.qualwatch.notify.slack.SlackDeliveryException;
import dev.qualwatch.notify.slack.SlackHandler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The Slack function as Lambda would build it: the webhook URL read from Secrets Manager
 * (moto_server), the SNS event read from {@code events/sns-digest.json}, and a local HTTP server
 * standing in for Slack.
 */
class SlackDigestEventTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final URI API_URL =
      URI.create("https://a1b2c3.execute-api.us-east-1.amazonaws.com");
  private static final Map<String, String> PROPERTIES = Map.of(
      "aws.accessKeyId", LocalClients.ACCESS_KEY_ID,
      "aws.secretAccessKey", LocalClients.SECRET_ACCESS_KEY);
  private static final Map<String, String> saved = new HashMap<>();

  private static MotoServer moto;
  private static SecretsManagerClient secrets;

  @BeforeAll
  static void startMoto() {
    moto = MotoServer.start();
    secrets = SecretsManagerClient.builder()
        .endpointOverride(moto.endpoint())
        .region(LocalClients.REGION)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
            LocalClients.ACCESS_KEY_ID, LocalClients.SECRET_ACCESS_KEY)))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
    Map<String, String> properties = new HashMap<>(PROPERTIES);
    properties.put("aws.endpointUrlSecretsManager", moto.endpoint().toString());
    properties.forEach((name, value) -> {
      saved.put(name, System.getProperty(name));
      System.setProperty(name, value);
    });
  }

  @AfterAll
  static void stopMoto() {
    saved.forEach((name, value) -> {
      if (value == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, value);
      }
    });
    secrets.close();
    moto.close();
  }

  @Test
  void handleRequest_withTheSampleEvent_postsTheDigestToTheWebhookInTheSecret() throws Exception {
    try (SlackStandIn slack = SlackStandIn.answering(200)) {
      SNSEvent event = EventLoader.loadSNSEvent("events/sns-digest.json");
      SlackHandler handler = SlackHandler.create(new SlackConfig(secret(slack), API_URL));
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      LocalContext context = context(30_000, log);

      handler.handleRequest(event, context);

      assertEquals(1, slack.posts().size());
      assertEquals(SlackStandIn.PATH, slack.posts().get(0).path());
      JsonNode payload = JSON.readTree(slack.posts().get(0).body());
      assertEquals("2 new qualification requests",
          payload.at("/blocks/0/text/text").asText());
      String blocks = payload.get("blocks").toString();
      String links = API_URL + "/qualification-requests/";
      assertTrue(blocks.contains(links + "3REQAAAAAAAAAAAAAAAAAAAAAAAAA|"), blocks);
      assertTrue(blocks.contains(links + "3REQBBBBBBBBBBBBBBBBBBBBBBBBB|"), blocks);
      assertTrue(blocks.contains("`A1WORKERAAAAAA`") && blocks.contains("`A2WORKERBBBBBB`"));
      assertNoWebhook(log.toString(StandardCharsets.UTF_8).lines().toList());
    }
  }

  @Test
  void handleRequest_whenSlackFailsUntilTheDeadline_throwsInTimeForLambdaToRetry()
      throws Exception {
    try (SlackStandIn slack = SlackStandIn.answering(503)) {
      SNSEvent event = EventLoader.loadSNSEvent("events/sns-digest.json");
      SlackHandler handler = SlackHandler.create(new SlackConfig(secret(slack), API_URL));
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      LocalContext context = context(6_000, log);

      SlackDeliveryException thrown = assertThrows(SlackDeliveryException.class,
          () -> handler.handleRequest(event, context));

      assertTrue(context.getRemainingTimeInMillis() > 0, "gave up after the invocation ended");
      assertTrue(slack.posts().size() >= 2, slack.posts().size() + " attempts");
      assertNoWebhook(List.of(thrown.getMessage()));
    }
  }

  @Test
  void create_whenTheSecretDoesNotExist_failsAtInitNamingTheVariable() {
    String missing = "arn:aws:secretsmanager:us-east-1:123456789012:secret:qualwatch/none-AbCdEf";

    ConfigurationException thrown = assertThrows(ConfigurationException.class,
        () -> SlackHandler.create(new SlackConfig(missing, API_URL)));

    assertTrue(thrown.getMessage().startsWith("SLACK_WEBHOOK_SECRET_ARN names " + missing),
        thrown.getMessage());
  }

  private static String secret(SlackStandIn slack) {
    String name = "qualwatch/slack-" + System.nanoTime();
    return secrets.createSecret(b -> b.name(name).secretString(slack.webhook().toString())).arn();
  }

  private static void assertNoWebhook(List<String> texts) {
    texts.forEach(text -> assertFalse(text.contains("itS3cr3tT0k3n"), "leaked: " + text));
  }

  /** A context whose logger writes into {@code log}. */
  private static LocalContext context(long remainingMillis, ByteArrayOutputStream log) {
    return LocalContext.start("qualwatch-slack", Duration.ofMillis(remainingMillis),
        new PrintStream(log, true, StandardCharsets.UTF_8));
  }

}
