package dev.qualwatch.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The last request a listing page ended with; the next page starts just after it. Submit time and
 * request id are enough to rebuild the index key, because the index's partition key comes from
 * the filter that the next page repeats.
 */
public record PagePosition(Instant submitTime, String qualificationRequestId) {

  public PagePosition {
    Objects.requireNonNull(submitTime, "submitTime");
    Objects.requireNonNull(qualificationRequestId, "qualificationRequestId");
  }
}
