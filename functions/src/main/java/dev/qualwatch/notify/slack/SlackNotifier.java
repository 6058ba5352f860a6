package dev.qualwatch.notify.slack;

import dev.qualwatch.notify.slack.Notice.AlarmNotice;
import dev.qualwatch.notify.slack.Notice.DigestNotice;
import java.util.Objects;

/** Turns one message from the topic into a Slack post and delivers it. */
final class SlackNotifier {
  private final BlockKit blockKit;
  private final SlackWebhook webhook;

  SlackNotifier(BlockKit blockKit, SlackWebhook webhook) {
    this.blockKit = Objects.requireNonNull(blockKit, "blockKit");
    this.webhook = Objects.requireNonNull(webhook, "webhook");
  }

  /** Reads the webhook URL from the secret the configuration names, once, at init. */
  static SlackNotifier create(SlackConfig config) {
    WebhookUrl url = WebhookSecrets.create(config.secretRegion()).read(config.webhookSecretArn());
    return new SlackNotifier(new BlockKit(config.apiUrl()),
        SlackWebhook.create(url, SlackWebhook.Backoff.STANDARD));
  }

  /**
   * Posts {@code message} (an SNS record's {@code Message}).
   *
   * @throws UnknownMessageException when it is neither a digest nor an alarm
   * @throws SlackDeliveryException when Slack did not take it in time
   */
  Delivery deliver(String message, Deadline deadline) {
    Notice notice = Notice.parse(message);
    String payload;
    String what;
    if (notice instanceof DigestNotice digest) {
      payload = blockKit.digest(digest);
      what = "digest part " + digest.part() + "/" + digest.parts() + " with "
          + digest.requests().size() + " qualification requests";
    } else {
      AlarmNotice alarm = (AlarmNotice) notice;
      payload = blockKit.alarm(alarm);
      what = "alarm " + alarm.name() + " (" + alarm.newState() + ")";
    }

    long started = System.nanoTime();
    int attempts = webhook.post(payload, deadline);
    return new Delivery(what, attempts, (System.nanoTime() - started) / 1_000_000);
  }

  /** What was posted, for the one log line per message. */
  record Delivery(String what, int attempts, long millis) {
    String describe() {
      return "Posted " + what + " to Slack in " + millis + " ms, " + attempts
          + (attempts == 1 ? " attempt" : " attempts");
    }
  }
}
