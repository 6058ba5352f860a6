package dev.qualwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChildEnvironmentTest {
  private static final URI MOTO = URI.create("http://127.0.0.1:5000");
  private static final URI SIMULATOR = URI.create("http://127.0.0.1:6000");
  private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:t";

  @Test
  void poll_withSimulator_setsTheTemplatesVariablesAndTheSdksEndpointVariables() {
    ChildEnvironment environment = new ChildEnvironment(
        LocalRunOptions.parse("--types", "3AAA"), MOTO, TOPIC, Optional.of(SIMULATOR));

    Map<String, String> env = environment.poll();

    assertThat(env).containsEntry("TABLE_NAME", LocalRun.TABLE_NAME)
        .containsEntry("TOPIC_ARN", TOPIC)
        .containsEntry("QUALIFICATION_TYPE_IDS", "3AAA")
        .containsEntry("MTURK_ENVIRONMENT", "sandbox")
        .containsEntry("AWS_REGION", "us-east-1")
        .containsEntry("AWS_ENDPOINT_URL_DYNAMODB", MOTO.toString())
        .containsEntry("AWS_ENDPOINT_URL_SNS", MOTO.toString())
        .containsEntry("AWS_ENDPOINT_URL_MTURK", SIMULATOR.toString())
        .containsEntry("AWS_ACCESS_KEY_ID", LocalClients.ACCESS_KEY_ID)
        .doesNotContainKey("AWS_ENDPOINT_URL");
  }

  @Test
  void poll_withSandbox_sendsMTurkCallsToTheRealSandboxAndKeepsStorageOnMoto() {
    ChildEnvironment environment = new ChildEnvironment(
        LocalRunOptions.parse("--mturk", "sandbox"), MOTO, TOPIC, Optional.empty());

    Map<String, String> env = environment.poll();

    assertThat(env).doesNotContainKey("AWS_ENDPOINT_URL_MTURK")
        .containsEntry("AWS_ENDPOINT_URL_DYNAMODB", MOTO.toString())
        .containsEntry("AWS_ENDPOINT_URL_SNS", MOTO.toString());
    assertThat(env.get("AWS_ACCESS_KEY_ID")).isEqualTo(System.getenv("AWS_ACCESS_KEY_ID"));
  }

  @Test
  void api_readsOnlyTheTable() {
    ChildEnvironment environment = new ChildEnvironment(
        LocalRunOptions.parse(), MOTO, TOPIC, Optional.of(SIMULATOR));

    Map<String, String> env = environment.api();

    assertThat(env).containsEntry("TABLE_NAME", LocalRun.TABLE_NAME)
        .containsEntry("AWS_ENDPOINT_URL_DYNAMODB", MOTO.toString())
        .doesNotContainKeys("TOPIC_ARN", "AWS_ENDPOINT_URL_MTURK");
  }
}
