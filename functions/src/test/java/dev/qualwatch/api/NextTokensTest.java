package dev.qualwatch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qualwatch.store.PagePosition;
import dev.qualwatch.store.RequestFilter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class NextTokensTest {
  private static final RequestFilter SINCE_DECEMBER = new RequestFilter(
      null, null, "pending", Instant.parse("2026-12-01T00:00:00Z"), null);
  private static final PagePosition POSITION =
      new PagePosition(Instant.parse("2026-12-02T10:00:00.123Z"), Requests.id(7));

  @Test
  void decode_ofAnEncodedPosition_givesItBack() {
    String token = NextTokens.encode(SINCE_DECEMBER, POSITION);

    assertEquals(POSITION, NextTokens.decode(SINCE_DECEMBER, token));
    assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), token);
  }

  @Test
  void decode_withAnotherFilter_isRefused() {
    String token = NextTokens.encode(SINCE_DECEMBER, POSITION);
    RequestFilter other = new RequestFilter(
        null, null, "resolved", Instant.parse("2026-12-01T00:00:00Z"), null);

    assertRefused(other, token);
  }

  @Test
  void decode_withAPayloadSwappedIn_isRefused() {
    String token = NextTokens.encode(SINCE_DECEMBER, POSITION);
    String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
        ("1|2026-12-02T10:00:00.123Z|" + Requests.id(8)).getBytes(StandardCharsets.UTF_8));

    assertRefused(SINCE_DECEMBER, payload + token.substring(token.indexOf('.')));
  }

  @Test
  void decode_ofAPositionOutsideTheFiltersTimeRange_isRefused() {
    RequestFilter all = RequestFilter.all();
    PagePosition november = new PagePosition(Instant.parse("2026-11-30T00:00:00Z"), "3REQ1");
    String token = NextTokens.encode(all, november);
    RequestFilter sameButRanged = new RequestFilter(
        null, null, null, Instant.parse("2026-12-01T00:00:00Z"), null);

    assertRefused(sameButRanged, token);
  }

  private static void assertRefused(RequestFilter filter, String token) {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> NextTokens.decode(filter, token));
    assertEquals("nextToken", refused.problem().parameter());
    assertEquals(400, refused.problem().status());
  }
}
