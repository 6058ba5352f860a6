package dev.qualwatch.store;

/** DynamoDB failed a call after the SDK's retries. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
