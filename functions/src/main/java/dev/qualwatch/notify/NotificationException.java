package dev.qualwatch.notify;

/** SNS refused or failed a publish, after the SDK's retries. */
public final class NotificationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
