package dev.qualwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {
  @Test
  void formatsWithThreeFractionDigitsSoThatStringOrderIsTimeOrder() {
    String whole = Timestamps.format(Instant.parse("2026-12-03T10:15:30Z"));
    String later = Timestamps.format(Instant.parse("2026-12-03T10:15:30.5Z"));

    assertEquals("2026-12-03T10:15:30.000Z", whole);
    assertEquals("2026-12-03T10:15:30.500Z", later);
    assertTrue(whole.compareTo(later) < 0);
    assertEquals(Instant.parse("2026-12-03T10:15:30.5Z"), Timestamps.parse(later));
  }
}
