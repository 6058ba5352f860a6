package dev.qualwatch.mturk;

/** MTurk rejected a listing's {@code NextToken}: it expired or is no longer valid. */
public final class InvalidNextTokenException extends MTurkException {
  private static final long serialVersionUID = 1L;

  public InvalidNextTokenException(String message, Throwable cause) {
    super(message, cause);
  }
}
