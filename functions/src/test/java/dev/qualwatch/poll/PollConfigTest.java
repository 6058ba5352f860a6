package dev.qualwatch.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qualwatch.config.ConfigurationException;
import dev.qualwatch.config.Env;
import dev.qualwatch.mturk.MTurkEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PollConfigTest {
  private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:qualwatch-topic";

  @Test
  void readsEveryVariable() {
    PollConfig config = PollConfig.from(Env.of(valid(Map.of(
        "QUALIFICATION_TYPE_IDS", " 3TYPEAAA , 3TYPEBBB,3TYPEAAA ",
        "MTURK_ENVIRONMENT", "Production"))));

    assertEquals("qualwatch-requests", config.tableName());
    assertEquals(TOPIC, config.topicArn());
    assertEquals(List.of("3TYPEAAA", "3TYPEBBB"), config.qualificationTypeIds());
    assertEquals(MTurkEnvironment.PRODUCTION, config.mturkEnvironment());
  }

  @Test
  void defaultsToTheSandboxAndEveryType() {
    PollConfig config = PollConfig.from(Env.of(valid(Map.of())));

    assertEquals(MTurkEnvironment.SANDBOX, config.mturkEnvironment());
    assertTrue(config.qualificationTypeIds().isEmpty());
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "TABLE_NAME|''|TABLE_NAME is not set",
      "TABLE_NAME|no spaces allowed|TABLE_NAME is 'no spaces allowed'",
      "TOPIC_ARN|''|TOPIC_ARN is not set",
      "TOPIC_ARN|qualwatch-topic|TOPIC_ARN is 'qualwatch-topic'",
      "QUALIFICATION_TYPE_IDS|3TYPEAAA,,3TYPEBBB|QUALIFICATION_TYPE_IDS holds ''",
      "QUALIFICATION_TYPE_IDS|3typeaaa|QUALIFICATION_TYPE_IDS holds '3typeaaa'",
      "MTURK_ENVIRONMENT|live|MTURK_ENVIRONMENT is 'live'; set it to sandbox or production"})
  void namesTheBadVariable(String name, String value, String message) {
    Map<String, String> variables = valid(Map.of());
    variables.put(name, value);

    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> PollConfig.from(Env.of(variables)));

    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void listsExactlyTheVariablesItReads() {
    Map<String, String> read = new HashMap<>();
    Map<String, String> recording = new HashMap<>(valid(Map.of())) {
      @Override
      public String get(Object key) {
        read.put((String) key, "");
        return super.get(key);
      }
    };

    PollConfig.from(Env.of(recording));

    assertEquals(PollConfig.VARIABLES, read.keySet());
  }

  private static Map<String, String> valid(Map<String, String> overrides) {
    Map<String, String> variables = new HashMap<>();
    variables.put("TABLE_NAME", "qualwatch-requests");
    variables.put("TOPIC_ARN", TOPIC);
    variables.putAll(overrides);
    return variables;
  }
}
