package dev.qualwatch.notify.slack;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Posts a message to a Slack incoming webhook. It waits as long as a {@code 429}'s
 * {@code Retry-After} asks, retries {@code 5xx} answers and broken connections with growing
 * pauses, and gives up with a {@link SlackDeliveryException} when Slack refuses the message for
 * good or when the next attempt would not finish before the {@link Deadline}.
 */
final class SlackWebhook {
  /**
   * How often a {@code 5xx} or a broken connection is tried, and the pauses in between, which
   * double from {@code first} up to {@code max}.
   */
  record Backoff(int maxAttempts, Duration first, Duration max) {
    static final Backoff STANDARD = new Backoff(5, Duration.ofMillis(500), Duration.ofSeconds(8));

    Duration after(Duration pause) {
      Duration doubled = pause.multipliedBy(2);
      return doubled.compareTo(max) > 0 ? max : doubled;
    }
  }

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  /** Time an attempt needs at least; a wait that leaves less is not worth starting. */
  private static final Duration ATTEMPT_TIME = Duration.ofSeconds(1);
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
  private static final int MAX_RATE_LIMITED = 5;
  private static final int MAX_BODY_IN_MESSAGE = 100;

  private final HttpClient http;
  private final WebhookUrl url;
  private final Backoff backoff;

  private SlackWebhook(HttpClient http, WebhookUrl url, Backoff backoff) {
    this.http = http;
    this.url = Objects.requireNonNull(url, "url");
    this.backoff = Objects.requireNonNull(backoff, "backoff");
  }

  static SlackWebhook create(WebhookUrl url, Backoff backoff) {
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    return new SlackWebhook(http, url, backoff);
  }

  /**
   * Posts {@code json} and returns the number of attempts it took.
   *
   * @throws SlackDeliveryException when the message was not delivered
   */
  int post(String json, Deadline deadline) {
    Duration pause = backoff.first();
    int failures = 0;
    int rateLimited = 0;
    for (int attempt = 1; ; attempt++) {
      Answer answer = send(json, deadline);
      if (answer.delivered()) {
        return attempt;
      }

      if (answer.status() == 429) {
        Duration wait = answer.retryAfter().orElse(DEFAULT_RETRY_AFTER);
        if (++rateLimited > MAX_RATE_LIMITED || !deadline.allows(wait, ATTEMPT_TIME)) {
          throw new SlackDeliveryException("Slack rate-limited the message " + rateLimited
              + " times and asked to retry after " + wait.toSeconds() + " s; only "
              + deadline.remaining().toMillis() + " ms were left, so Lambda will retry it");
        }
        sleep(wait);
      } else if (answer.retryable()) {
        failures++;
        if (failures >= backoff.maxAttempts() || !deadline.allows(pause, ATTEMPT_TIME)) {
          throw new SlackDeliveryException("Slack did not take the message after " + attempt
              + " attempts; the last answer was " + answer.describe());
        }
        sleep(pause);
        pause = backoff.after(pause);
      } else {
        throw new SlackDeliveryException("Slack refused the message with " + answer.describe()
            + "; check the webhook URL in the secret and that its channel still exists");
      }
    }
  }

  private Answer send(String json, Deadline deadline) {
    Duration left = deadline.remaining();
    if (left.compareTo(ATTEMPT_TIME) < 0) {
      throw new SlackDeliveryException("no time left to post the message to Slack ("
          + left.toMillis() + " ms); Lambda will retry it");
    }
    HttpRequest request = HttpRequest.newBuilder(url.uri())
        .timeout(left.compareTo(REQUEST_TIMEOUT) < 0 ? left : REQUEST_TIMEOUT)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();

    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(),
          retryAfter(response.headers().firstValue("Retry-After")), null);
    } catch (IOException e) {
      return new Answer(0, "", Optional.empty(), e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlackDeliveryException("interrupted while posting the message to Slack");
    }
  }

  private static Optional<Duration> retryAfter(Optional<String> header) {
    try {
      return header.map(String::trim).map(Long::parseLong)
          .filter(seconds -> seconds >= 0)
          .map(Duration::ofSeconds);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlackDeliveryException("interrupted while waiting to retry the Slack post");
    }
  }

  /** One answer from Slack, or the lack of one ({@code status} 0, with the failure's kind). */
  private record Answer(int status, String body, Optional<Duration> retryAfter, String failure) {
    boolean delivered() {
      return status >= 200 && status < 300;
    }

    boolean retryable() {
      return status == 0 || status >= 500;
    }

    /** Slack's error bodies are short codes such as {@code no_service}; never the URL. */
    String describe() {
      if (status == 0) {
        return "no answer (" + failure + ")";
      }
      String code = body == null ? "" : body.replaceAll("\\s+", " ").trim();
      if (code.length() > MAX_BODY_IN_MESSAGE) {
        code = code.substring(0, MAX_BODY_IN_MESSAGE) + "...";
      }
      return "HTTP " + status + (code.isEmpty() ? "" : " (" + code + ")");
    }
  }
}
