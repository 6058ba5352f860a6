package dev.qualwatch.poll;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.qualwatch.config.AwsClients;
import dev.qualwatch.config.Env;
import dev.qualwatch.logging.JsonLog;
import dev.qualwatch.mturk.MTurkClients;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The poll function, run by an EventBridge schedule. The event's content is not used: every run
 * lists MTurk afresh. Failures propagate, after the run saved what it could, so that Lambda's
 * retries and the error alarm see them.
 */
public final class PollHandler implements RequestHandler<ScheduledEvent, PollResult> {
  private final Poller poller;
  private final AtomicBoolean coldStart = new AtomicBoolean(true);

  /** Lambda's constructor: reads the environment and builds the clients once, at init. */
  public PollHandler() {
    this(create(Env.system()));
  }

  PollHandler(Poller poller) {
    this.poller = poller;
  }

  private static Poller create(Env env) {
    PollConfig config = PollConfig.from(env);
    return Poller.create(config,
        MTurkClients.create(config.mturkEnvironment(), System.getenv()),
        AwsClients.dynamoDb(env),
        AwsClients.sns(env),
        Clock.systemUTC());
  }

  @Override
  public PollResult handleRequest(ScheduledEvent event, Context context) {
    return poller.poll(context::getRemainingTimeInMillis,
        JsonLog.stdout(context.getAwsRequestId(), coldStart.getAndSet(false)),
        context.getFunctionName());
  }
}
