package dev.qualwatch.store;

import java.time.Instant;

/**
 * Which stored requests a listing returns; every field is optional ({@code null} matches all).
 *
 * @param qualificationTypeId only requests for this qualification type
 * @param workerId only requests from this worker
 * @param status only requests in this status
 * @param submittedFrom only requests submitted at or after this time (inclusive)
 * @param submittedUntil only requests submitted before this time (exclusive)
 */
public record RequestFilter(
    String qualificationTypeId,
    String workerId,
    String status,
    Instant submittedFrom,
    Instant submittedUntil) {

  public RequestFilter {
    if (submittedFrom != null && submittedUntil != null
        && !submittedFrom.isBefore(submittedUntil)) {
      throw new IllegalArgumentException("submittedFrom " + submittedFrom
          + " must be earlier than submittedUntil " + submittedUntil);
    }
  }

  public static RequestFilter all() {
    return new RequestFilter(null, null, null, null, null);
  }

  /** Whether {@code request} passes this filter; the in-memory twin of the query's conditions. */
  public boolean matches(StoredRequest request) {
    return (qualificationTypeId == null
            || qualificationTypeId.equals(request.qualificationTypeId()))
        && (workerId == null || workerId.equals(request.workerId()))
        && (status == null || status.equals(request.status()))
        && (submittedFrom == null || !request.submitTime().isBefore(submittedFrom))
        && (submittedUntil == null || request.submitTime().isBefore(submittedUntil));
  }
}
