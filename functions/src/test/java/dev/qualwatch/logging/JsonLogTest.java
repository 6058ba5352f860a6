package dev.qualwatch.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesOneJsonObjectPerLineWithTheRequestIdAndTheColdStartFlag() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLog log = JsonLog.to(new PrintStream(out, true, StandardCharsets.UTF_8), "req-1", true);
    ObjectNode line = log.line("poll finished");
    line.put("new", 3);

    log.write(JsonLog.Level.INFO, line);
    log.warn("second");

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(2, lines.length);
    JsonNode first = JSON.readTree(lines[0]);
    assertEquals("poll finished", first.get("message").asText());
    assertEquals("req-1", first.get("requestId").asText());
    assertTrue(first.get("coldStart").asBoolean());
    assertEquals("INFO", first.get("level").asText());
    assertEquals(3, first.get("new").asInt());
    assertEquals("WARN", JSON.readTree(lines[1]).get("level").asText());
  }

  @Test
  void leavesOutWhatItWasNotGiven() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    JsonLog.to(new PrintStream(out, true, StandardCharsets.UTF_8), null, null).info("local");

    JsonNode line = JSON.readTree(out.toString(StandardCharsets.UTF_8));
    assertFalse(line.has("requestId"));
    assertFalse(line.has("coldStart"));
  }
}
