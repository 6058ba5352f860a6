package dev.qualwatch.notify.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import dev.qualwatch.config.Env;
import java.time.Duration;

/**
 * Posts each digest and alarm published on the qualwatch topic to a Slack incoming webhook.
 * Failures propagate: Lambda retries the invocation twice, then keeps the message in the
 * dead-letter queue that {@code template.yaml} configures.
 */
public final class SlackHandler implements RequestHandler<SNSEvent, Void> {
  /** Kept free at the end of an invocation, to report a failure before Lambda stops it. */
  private static final Duration MARGIN = Duration.ofSeconds(2);

  private final SlackNotifier notifier;

  /** Lambda's constructor: reads the configuration and the webhook URL once, at init. */
  public SlackHandler() {
    this(SlackNotifier.create(SlackConfig.from(Env.system())));
  }

  SlackHandler(SlackNotifier notifier) {
    this.notifier = notifier;
  }

  /**
   * A handler for {@code config}, for integration tests and local runs. The secret is read with
   * the SDK's default credentials, honouring {@code AWS_ENDPOINT_URL_SECRETS_MANAGER} (or the
   * {@code aws.endpointUrlSecretsManager} system property).
   */
  public static SlackHandler create(SlackConfig config) {
    return new SlackHandler(SlackNotifier.create(config));
  }

  @Override
  public Void handleRequest(SNSEvent event, Context context) {
    Deadline deadline = Deadline.ofInvocation(context.getRemainingTimeInMillis(), MARGIN);
    for (SNSEvent.SNSRecord record : event.getRecords()) {
      SlackNotifier.Delivery delivery = notifier.deliver(record.getSNS().getMessage(), deadline);
      context.getLogger().log(delivery.describe() + " (SNS message "
          + record.getSNS().getMessageId() + ")", LogLevel.INFO);
    }
    return null;
  }
}
