package dev.qualwatch.notify.slack;

/**
 * A message on the topic is neither a qualwatch digest nor a CloudWatch alarm. Posting it
 * blindly could put anything in the channel, so it goes to the dead-letter queue instead.
 */
public final class UnknownMessageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnknownMessageException(String message) {
    super(message);
  }
}
