package dev.qualwatch.api;

import dev.qualwatch.store.StoredRequest;
import java.time.Instant;

/** Stored requests for tests, with ids shaped like MTurk's. */
final class Requests {
  static final String SPANISH = "3SPANISHTYPE00000000000000000A";
  static final String LABELLING = "3LABELLINGTYPE0000000000000000";
  static final String ALICE = "A1QW8RT7MX2KDE";
  static final String BOB = "A2ZLM4PQ9VN3RT";

  private Requests() {}

  static String id(int n) {
    return String.format("3REQ%026d", n);
  }

  static StoredRequest pending(int n, String type, String worker, String submitTime) {
    Instant submitted = Instant.parse(submitTime);
    return new StoredRequest(id(n), type, worker, submitted, submitted.plusSeconds(60),
        "pending", null, "<QuestionForm>test " + n + "</QuestionForm>",
        "<QuestionFormAnswers>answer " + n + "</QuestionFormAnswers>");
  }

  static StoredRequest resolved(int n, String type, String worker, String submitTime) {
    StoredRequest r = pending(n, type, worker, submitTime);
    return new StoredRequest(r.qualificationRequestId(), type, worker, r.submitTime(),
        r.firstSeenAt(), "resolved", r.submitTime().plusSeconds(3600), r.test(), r.answer());
  }

  static StoredRequest withAnswer(StoredRequest r, String answer) {
    return new StoredRequest(r.qualificationRequestId(), r.qualificationTypeId(), r.workerId(),
        r.submitTime(), r.firstSeenAt(), r.status(), r.resolvedAt(), r.test(), answer);
  }
}
