package dev.qualwatch.mturk;

/** MTurk refused or failed a call, after the SDK's retries. */
public class MTurkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MTurkException(String message, Throwable cause) {
    super(message, cause);
  }
}
