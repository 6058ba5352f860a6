package dev.qualwatch.poll;

/**
 * A poll met a failure it could not recover from. Everything it could save was saved first: new
 * requests are stored, and any not yet notified will be by a later run. Thrown so that Lambda's
 * retries, error metric and alarms see the failure.
 */
public final class PollFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient PollResult result;

  PollFailedException(String message, PollResult result, Throwable cause) {
    super(message, cause);
    this.result = result;
  }

  /** What the run did before and after the failure. */
  public PollResult result() {
    return result;
  }
}
