package dev.qualwatch.notify.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qualwatch.config.ConfigurationException;
import dev.qualwatch.config.Env;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackConfigTest {
  private static final String ARN =
      "arn:aws:secretsmanager:eu-west-1:123456789012:secret:qualwatch/slack-AbCdEf";

  @Test
  void from_readsTheSecretArnAndTheApiUrl() {
    SlackConfig config = SlackConfig.from(Env.of(Map.of(
        "SLACK_WEBHOOK_SECRET_ARN", ARN,
        "API_URL", "https://a1b2c3.execute-api.us-east-1.amazonaws.com/")));

    assertEquals(ARN, config.webhookSecretArn());
    assertEquals(URI.create("https://a1b2c3.execute-api.us-east-1.amazonaws.com"),
        config.apiUrl());
    assertEquals("eu-west-1", config.secretRegion());
  }

  @Test
  void from_whenAVariableIsMissing_namesIt() {
    ConfigurationException thrown = assertThrows(ConfigurationException.class,
        () -> SlackConfig.from(Env.of(Map.of("SLACK_WEBHOOK_SECRET_ARN", ARN))));

    assertTrue(thrown.getMessage().startsWith("API_URL is not set"), thrown.getMessage());
  }

  @Test
  void from_whenTheSecretArnIsMalformed_namesItWithoutShowingTheValue() {
    Map<String, String> variables = new HashMap<>();
    variables.put("SLACK_WEBHOOK_SECRET_ARN", "https://hooks.slack.com/services/T/B/X");
    variables.put("API_URL", "https://api.example.org");

    ConfigurationException thrown = assertThrows(ConfigurationException.class,
        () -> SlackConfig.from(Env.of(variables)));

    assertTrue(thrown.getMessage().startsWith("SLACK_WEBHOOK_SECRET_ARN is not the ARN"),
        thrown.getMessage());
    assertFalse(thrown.getMessage().contains("hooks.slack.com"), thrown.getMessage());
  }
}
