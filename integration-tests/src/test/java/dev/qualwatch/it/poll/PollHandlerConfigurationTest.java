package dev.qualwatch.it.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The poll function as Lambda starts it: a JVM of its own whose environment holds the
 * configuration, running the public no-argument handler. Each bad variable must stop it at init
 * with a message that names the variable.
 */
class PollHandlerConfigurationTest {
  private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:qualwatch";

  @TempDir
  Path temp;

  @Test
  void theScheduledEventFixtureIsAScheduledEvent() {
    ScheduledEvent event = EventLoader.loadScheduledEvent("events/poll-scheduled.json");

    assertEquals("Scheduled Event", event.getDetailType());
  }

  @ParameterizedTest(name = "{0}=''{1}''")
  @CsvSource(delimiter = '|', value = {
      "TABLE_NAME|<unset>|TABLE_NAME is not set",
      "TABLE_NAME|bad name!|TABLE_NAME is 'bad name!'",
      "TOPIC_ARN|<unset>|TOPIC_ARN is not set",
      "TOPIC_ARN|arn:aws:sqs:us-east-1:123456789012:q|TOPIC_ARN is 'arn:aws:sqs",
      "QUALIFICATION_TYPE_IDS|3TYPEA;3TYPEB|QUALIFICATION_TYPE_IDS holds '3TYPEA;3TYPEB'",
      "MTURK_ENVIRONMENT|prod|MTURK_ENVIRONMENT is 'prod'; set it to sandbox or production"})
  void aBadVariableFailsInitNamingIt(String name, String value, String expected)
      throws Exception {
    Map<String, String> environment = new HashMap<>(Map.of(
        "TABLE_NAME", "qualwatch-requests",
        "TOPIC_ARN", TOPIC,
        "AWS_REGION", "us-east-1",
        "AWS_ACCESS_KEY_ID", "testing",
        "AWS_SECRET_ACCESS_KEY", "testing"));
    if (value.equals("<unset>")) {
      environment.remove(name);
    } else {
      environment.put(name, value);
    }

    String output = invokePoll(environment);

    assertTrue(output.contains("ConfigurationException"), output);
    assertTrue(output.contains(expected), output);
  }

  private String invokePoll(Map<String, String> environment) throws Exception {
    Path event = Path.of(getClass().getResource("/events/poll-scheduled.json").toURI());
    Path log = temp.resolve("out.txt");
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "dev.qualwatch.local.Invoke", "poll", event.toString(),
        temp.resolve("result.json").toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the poll did not stop");
    assertEquals(1, process.exitValue(), "a bad configuration must fail the invocation");
    return Files.readString(log, StandardCharsets.UTF_8);
  }
}
