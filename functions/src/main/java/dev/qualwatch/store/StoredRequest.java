package dev.qualwatch.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A qualification request as the table keeps it, without the poller's notification bookkeeping.
 *
 * @param qualificationRequestId MTurk's id of the request
 * @param qualificationTypeId the qualification type asked for
 * @param workerId the worker who asked
 * @param submitTime when the worker submitted the request
 * @param firstSeenAt when a poll first found the request
 * @param status {@code pending} or {@code resolved}
 * @param resolvedAt when a poll found the request gone from MTurk's list, or {@code null}
 * @param test the type's test, or {@code null} when the type has none or it was not read
 * @param answer the worker's answer, or {@code null} when there is none or it was not read
 */
public record StoredRequest(
    String qualificationRequestId,
    String qualificationTypeId,
    String workerId,
    Instant submitTime,
    Instant firstSeenAt,
    String status,
    Instant resolvedAt,
    String test,
    String answer) {

  public StoredRequest {
    Objects.requireNonNull(qualificationRequestId, "qualificationRequestId");
    Objects.requireNonNull(qualificationTypeId, "qualificationTypeId");
    Objects.requireNonNull(workerId, "workerId");
    Objects.requireNonNull(submitTime, "submitTime");
    Objects.requireNonNull(status, "status");
  }

  /** Where a listing that ends with this request continues. */
  public PagePosition position() {
    return new PagePosition(submitTime, qualificationRequestId);
  }

  /** Keeps workers' answers and tests out of logs and exception messages. */
  @Override
  public String toString() {
    return "StoredRequest[" + qualificationRequestId + ", type " + qualificationTypeId
        + ", worker " + workerId + ", submitted " + submitTime + ", " + status + "]";
  }
}
