package dev.qualwatch.mturk;

import java.time.Instant;
import java.util.Objects;

/**
 * A worker's request for one of the requester's qualification types, as MTurk lists it.
 *
 * @param qualificationRequestId MTurk's id of the request
 * @param qualificationTypeId the qualification type asked for
 * @param workerId the worker who asked
 * @param submitTime when the worker submitted the request
 * @param test the type's test (a QuestionForm document), or {@code null} when the type has none
 * @param answer the worker's answer to the test, or {@code null}; never logged
 */
public record QualificationRequest(
    String qualificationRequestId,
    String qualificationTypeId,
    String workerId,
    Instant submitTime,
    String test,
    String answer) {

  public QualificationRequest {
    Objects.requireNonNull(qualificationRequestId, "qualificationRequestId");
    Objects.requireNonNull(qualificationTypeId, "qualificationTypeId");
    Objects.requireNonNull(workerId, "workerId");
    Objects.requireNonNull(submitTime, "submitTime");
  }

  /** Keeps workers' answers and tests out of logs and exception messages. */
  @Override
  public String toString() {
    return "QualificationRequest[" + qualificationRequestId + ", type " + qualificationTypeId
        + ", worker " + workerId + ", submitted " + submitTime + "]";
  }
}
