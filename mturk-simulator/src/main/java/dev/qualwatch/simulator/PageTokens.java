package dev.qualwatch.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and reads the opaque {@code NextToken} cursors.
 *
 * <p>A token names the last item of the page it follows (its time and id), not an offset, so
 * requests resolved or submitted between pages neither shift nor repeat what comes next. It also
 * carries the listing, a hash of the filter, its issue time and a serial number, and ends in an
 * HMAC under a key drawn per simulator, so a token that was altered, made up, issued by another
 * simulator, used with another filter, too old, or issued before {@link #expireAll()} is refused
 * with a RequestError. MTurk's exact wording for such a token is not documented anywhere we could
 * find; the message used here says plainly that the pagination token is invalid or expired.
 */
final class PageTokens {

  static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);

  private static final String VERSION = "1";
  private static final String SEPARATOR = "|";
  private static final int FIELDS = 8;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final Clock clock;
  private final SecretKeySpec key;
  private final AtomicLong serials = new AtomicLong();
  private volatile long expiredThroughSerial;
  private volatile Duration lifetime = DEFAULT_LIFETIME;

  PageTokens(Clock clock) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.clock = clock;
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  void setLifetime(Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("Token lifetime must be positive, was " + lifetime);
    }
    this.lifetime = lifetime;
  }

  /** Every token issued until now is refused from now on. */
  void expireAll() {
    expiredThroughSerial = serials.get();
  }

  String issue(String listing, String filter, Position last) {
    Instant time = last.time();
    String payload = String.join(SEPARATOR, VERSION, listing, hash(filter),
        Long.toString(time.getEpochSecond()), Integer.toString(time.getNano()),
        Long.toString(clock.millis()), Long.toString(serials.incrementAndGet()), last.id());
    String body = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return body + "." + ENCODER.encodeToString(mac(body));
  }

  /** The position a token resumes after; a RequestError when it cannot be honoured. */
  Position read(String token, String listing, String filter) {
    String[] fields = verifiedFields(token);
    if (!fields[1].equals(listing) || !fields[2].equals(hash(filter))) {
      throw invalid("it was issued for a different operation or filter");
    }
    long issuedMillis = Long.parseLong(fields[5]);
    if (Long.parseLong(fields[6]) <= expiredThroughSerial
        || clock.millis() - issuedMillis > lifetime.toMillis()) {
      throw invalid("it has expired");
    }
    Instant time = Instant.ofEpochSecond(Long.parseLong(fields[3]), Long.parseLong(fields[4]));
    return new Position(time, fields[7]);
  }

  private String[] verifiedFields(String token) {
    int dot = token.indexOf('.');
    try {
      if (dot < 0 || !MessageDigest.isEqual(mac(token.substring(0, dot)),
          DECODER.decode(token.substring(dot + 1)))) {
        throw invalid("it was not issued by this simulator or was altered");
      }
      String payload = new String(
          DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
      String[] fields = payload.split("\\|", FIELDS);
      if (fields.length != FIELDS || !fields[0].equals(VERSION)) {
        throw invalid("its format is not recognised");
      }
      return fields;
    } catch (IllegalArgumentException e) {
      throw invalid("it is not a token this simulator issued");
    }
  }

  private byte[] mac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] full = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(full, 12);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable in this JDK", e);
    }
  }

  private static String hash(String filter) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(filter.getBytes(StandardCharsets.UTF_8));
      return ENCODER.encodeToString(Arrays.copyOf(digest, 6));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is unavailable in this JDK", e);
    }
  }

  private static MTurkError invalid(String reason) {
    return MTurkError.requestError("AWS.InvalidParameterValue",
        "The pagination token (NextToken) is invalid or has expired: " + reason
            + ". Start the listing again without a NextToken.");
  }
}
