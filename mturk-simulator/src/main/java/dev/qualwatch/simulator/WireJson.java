package dev.qualwatch.simulator;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;

/** The JSON mapper and the encodings shared by every operation. */
final class WireJson {

  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private WireJson() {
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** AWS JSON 1.1 timestamps: epoch seconds as a JSON number, fractional when needed. */
  static void putTimestamp(ObjectNode node, String member, Instant time) {
    if (time.getNano() == 0) {
      node.put(member, time.getEpochSecond());
      return;
    }
    BigDecimal seconds = BigDecimal.valueOf(time.getEpochSecond())
        .add(BigDecimal.valueOf(time.getNano(), 9))
        .stripTrailingZeros();
    node.put(member, seconds);
  }

  static void putIfPresent(ObjectNode node, String member, String value) {
    if (value != null) {
      node.put(member, value);
    }
  }
}
