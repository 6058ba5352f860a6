package dev.qualwatch.notify.slack;

/**
 * A message could not be posted to Slack. The handler lets it propagate, so that Lambda retries
 * the invocation and, after the last retry, keeps the message in the dead-letter queue. The
 * message says what happened and never contains the webhook URL.
 */
public final class SlackDeliveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SlackDeliveryException(String message) {
    super(message);
  }
}
