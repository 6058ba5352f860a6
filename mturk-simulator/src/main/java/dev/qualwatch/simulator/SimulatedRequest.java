package dev.qualwatch.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * A Worker's pending qualification request as the simulator stores and lists it.
 *
 * @param qualificationRequestId MTurk's id for the request, unique within a simulator
 * @param qualificationTypeId the qualification type the Worker asks for
 * @param workerId the Worker's id
 * @param submitTime when the Worker submitted the request; listings are ordered by it
 * @param test the qualification test shown to the Worker, or {@code null} when the type has none
 * @param answer the Worker's answers to the test, or {@code null} when there are none
 */
public record SimulatedRequest(
    String qualificationRequestId,
    String qualificationTypeId,
    String workerId,
    Instant submitTime,
    String test,
    String answer) {

  /** Rejects a request without an id, type, Worker or submit time. */
  public SimulatedRequest {
    Objects.requireNonNull(qualificationRequestId, "qualificationRequestId");
    Objects.requireNonNull(qualificationTypeId, "qualificationTypeId");
    Objects.requireNonNull(workerId, "workerId");
    Objects.requireNonNull(submitTime, "submitTime");
  }

  Position position() {
    return new Position(submitTime, qualificationRequestId);
  }

  /** Leaves the test and answer out, so that a Worker's answers never reach a log. */
  @Override
  public String toString() {
    return "SimulatedRequest[" + qualificationRequestId + ", type " + qualificationTypeId
        + ", worker " + workerId + ", submitted " + submitTime + "]";
  }
}
