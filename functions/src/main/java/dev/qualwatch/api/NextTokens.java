package dev.qualwatch.api;

import dev.qualwatch.store.PagePosition;
import dev.qualwatch.store.RequestFilter;
import dev.qualwatch.store.Timestamps;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Turns the position a page ended with into an opaque {@code nextToken} and back.
 *
 * <p>A token is {@code base64url(payload) "." base64url(checksum)}: the payload names the last
 * request's submit time and id, and the checksum is the first 16 bytes of SHA-256 over the
 * normalised filter and the payload. A token that was edited, belongs to another filter or is
 * garbage fails the checksum and is refused with a 400.
 *
 * <p>Why a checksum and not a signature: a signature needs a secret, and the function has none
 * without new configuration. The checksum catches every accidental edit and every token reused
 * with another filter; a caller who recomputes it on purpose gains nothing, because the key
 * condition and filters come from the query parameters, not from the token, and every decoded
 * position is checked (id form, time form, inside the filter's time range) before DynamoDB sees
 * it. Callers are IAM-authorised to read the whole table anyway. docs/api.md says the same.
 */
final class NextTokens {
  private static final String VERSION = "1";
  private static final int MAX_LENGTH = 256;
  private static final int CHECKSUM_BYTES = 16;
  private static final Pattern ID = Pattern.compile("[A-Z0-9]{1,64}");
  private static final Pattern TIME =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private NextTokens() {}

  static String encode(RequestFilter filter, PagePosition position) {
    String payload = VERSION + "|" + Timestamps.format(position.submitTime()) + "|"
        + position.qualificationRequestId();
    return ENCODER.encodeToString(utf8(payload)) + "." + ENCODER.encodeToString(
        checksum(filter, payload));
  }

  /** The position {@code token} stands for; a 400 problem when it is not a token of this filter. */
  static PagePosition decode(RequestFilter filter, String token) {
    String[] parts = token.length() > MAX_LENGTH ? new String[0] : token.split("\\.", -1);
    if (parts.length != 2) {
      throw refused();
    }
    byte[] payload = base64(parts[0]);
    byte[] checksum = base64(parts[1]);
    String text = new String(payload, StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(checksum, checksum(filter, text))) {
      throw refused();
    }
    return position(filter, text.split("\\|", -1));
  }

  private static PagePosition position(RequestFilter filter, String[] fields) {
    if (fields.length != 3 || !VERSION.equals(fields[0]) || !TIME.matcher(fields[1]).matches()
        || !ID.matcher(fields[2]).matches()) {
      throw refused();
    }
    Instant submitTime = parseTime(fields[1]);
    Instant from = filter.submittedFrom();
    Instant until = filter.submittedUntil();
    boolean inRange = (from == null || !submitTime.isBefore(from))
        && (until == null || submitTime.isBefore(until));
    if (!inRange) {
      throw refused();
    }
    return new PagePosition(submitTime, fields[2]);
  }

  private static Instant parseTime(String text) {
    try {
      return Timestamps.parse(text);
    } catch (DateTimeException e) {
      throw refused();
    }
  }

  private static byte[] checksum(RequestFilter filter, String payload) {
    String normalised = String.join("\n", "qualwatch nextToken " + VERSION,
        String.valueOf(filter.qualificationTypeId()), String.valueOf(filter.workerId()),
        String.valueOf(filter.status()), String.valueOf(filter.submittedFrom()),
        String.valueOf(filter.submittedUntil()), payload);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(utf8(normalised));
      return Arrays.copyOf(digest, CHECKSUM_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static byte[] base64(String text) {
    try {
      return DECODER.decode(text);
    } catch (IllegalArgumentException e) {
      throw refused();
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static ProblemException refused() {
    return new ProblemException(Problem.invalidParameter(ListQuery.NEXT_TOKEN, "nextToken is"
        + " not a token that this listing, with these filters, handed out; send the same filters"
        + " as the call that returned it, or leave nextToken out to start from the newest."));
  }
}
