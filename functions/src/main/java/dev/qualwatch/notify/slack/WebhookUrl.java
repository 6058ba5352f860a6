package dev.qualwatch.notify.slack;

import java.net.URI;
import java.util.Objects;

/**
 * A Slack incoming-webhook URL. Whoever holds it can post to the channel, so it is a secret:
 * {@link #toString()} hides it, and no message built by this package ever contains it.
 */
final class WebhookUrl {
  private final URI uri;

  private WebhookUrl(URI uri) {
    this.uri = uri;
  }

  /**
   * @param value the secret's value
   * @param source names where the value came from, for the error message
   * @throws IllegalArgumentException when the value is not an absolute http(s) URL; the message
   *     names {@code source}, never the value
   */
  static WebhookUrl parse(String value, String source) {
    Objects.requireNonNull(source, "source");
    URI uri = null;
    try {
      uri = value == null ? null : URI.create(value.trim());
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    boolean http = uri != null && uri.isAbsolute() && uri.getHost() != null
        && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
    if (!http) {
      throw new IllegalArgumentException(source + " does not hold a Slack incoming-webhook URL;"
          + " store one such as https://hooks.slack.com/services/T000/B000/XXXX as its value");
    }
    return new WebhookUrl(uri);
  }

  URI uri() {
    return uri;
  }

  @Override
  public String toString() {
    return "WebhookUrl[hidden]";
  }
}
