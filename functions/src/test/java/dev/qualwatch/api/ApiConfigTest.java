package dev.qualwatch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qualwatch.config.ConfigurationException;
import dev.qualwatch.config.Env;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiConfigTest {
  @Test
  void fromEnvironment_readsTheTableName() {
    ApiConfig config = ApiConfig.fromEnvironment(Env.of(Map.of("TABLE_NAME", "qualwatch-T1")));

    assertEquals("qualwatch-T1", config.tableName());
  }

  @Test
  void fromEnvironment_withoutTableName_failsNamingIt() {
    ConfigurationException failure = assertThrows(ConfigurationException.class,
        () -> ApiConfig.fromEnvironment(Env.of(Map.of())));

    assertTrue(failure.getMessage().startsWith("TABLE_NAME"), failure.getMessage());
  }

  @Test
  void fromEnvironment_withMalformedTableName_failsNamingIt() {
    ConfigurationException failure = assertThrows(ConfigurationException.class,
        () -> ApiConfig.fromEnvironment(Env.of(Map.of("TABLE_NAME", "no spaces allowed"))));

    assertTrue(failure.getMessage().startsWith("TABLE_NAME"), failure.getMessage());
  }
}
