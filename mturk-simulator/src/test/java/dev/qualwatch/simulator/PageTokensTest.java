package dev.qualwatch.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PageTokensTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  private static final Position LAST =
      new Position(Instant.parse("2024-05-01T11:00:00.123456789Z"), "3ABC|WITH|BARS");

  private final PageTokens tokens = new PageTokens(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void read_ofAnIssuedToken_returnsThePositionItNames() {
    String token = tokens.issue("requests", "3TYPE", LAST);

    assertThat(tokens.read(token, "requests", "3TYPE")).isEqualTo(LAST);
  }

  @Test
  void issue_withTheLongestTypeId_staysWithinMTurksTokenLength() {
    Position last = new Position(LAST.time(), "3".repeat(64));

    String token = tokens.issue("requests", "9".repeat(64), last);

    assertThat(token).hasSizeLessThanOrEqualTo(255);
  }

  @Test
  void read_forAnotherListingOrFilter_isInvalid() {
    String token = tokens.issue("requests", "3TYPE", LAST);

    assertThatThrownBy(() -> tokens.read(token, "types", "3TYPE"))
        .isInstanceOf(MTurkError.class);
    assertThatThrownBy(() -> tokens.read(token, "requests", ""))
        .isInstanceOf(MTurkError.class)
        .hasMessageContaining("different operation or filter");
  }

  @Test
  void read_ofAnAlteredToken_isInvalid() {
    String token = tokens.issue("requests", "", LAST);
    String altered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

    assertThatThrownBy(() -> tokens.read(altered, "requests", ""))
        .isInstanceOfSatisfying(MTurkError.class, e -> {
          assertThat(e.code()).isEqualTo("RequestError");
          assertThat(e.status()).isEqualTo(400);
        });
  }

  @Test
  void read_ofATokenFromAnotherSimulator_isInvalid() {
    String foreign = new PageTokens(Clock.systemUTC()).issue("requests", "", LAST);

    assertThatThrownBy(() -> tokens.read(foreign, "requests", ""))
        .isInstanceOf(MTurkError.class);
  }

  @Test
  void expireAll_invalidatesEarlierTokensOnly() {
    String earlier = tokens.issue("requests", "", LAST);

    tokens.expireAll();
    String later = tokens.issue("requests", "", LAST);

    assertThatThrownBy(() -> tokens.read(earlier, "requests", ""))
        .hasMessageContaining("expired");
    assertThat(tokens.read(later, "requests", "")).isEqualTo(LAST);
  }

  @Test
  void read_afterTheLifetime_isExpired() {
    MovableClock clock = new MovableClock(NOW);
    PageTokens expiring = new PageTokens(clock);
    String token = expiring.issue("requests", "", LAST);

    clock.advance(PageTokens.DEFAULT_LIFETIME);
    Position stillValid = expiring.read(token, "requests", "");
    clock.advance(Duration.ofMillis(1));

    assertThat(stillValid).isEqualTo(LAST);
    assertThatThrownBy(() -> expiring.read(token, "requests", ""))
        .hasMessageContaining("expired");
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {

    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException("The test clock stays in UTC");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
