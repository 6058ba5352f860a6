package dev.qualwatch.poll;

import dev.qualwatch.logging.JsonLog;
import dev.qualwatch.notify.Digest;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.mturk.MTurkClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Finds new qualification requests, stores them and notifies the topic. One {@code Poller} serves
 * many runs; each {@link #poll} is one {@link PollRun}, with its own call counts.
 */
public final class Poller {
  /** Time kept back from the Lambda deadline for resolving, notifying and saving state. */
  public static final Duration LISTING_MARGIN = Duration.ofSeconds(20);

  private final PollConfig config;
  private final MTurkClient mturk;
  private final DynamoDbClient dynamoDb;
  private final SnsClient sns;
  private final Clock clock;
  private final Digest digest;
  private final Writers writers = Writers.create();

  private Poller(PollConfig config, MTurkClient mturk, DynamoDbClient dynamoDb, SnsClient sns,
      Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.mturk = Objects.requireNonNull(mturk, "mturk");
    this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
    this.sns = Objects.requireNonNull(sns, "sns");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.digest = Digest.create();
  }

  public static Poller create(PollConfig config, MTurkClient mturk, DynamoDbClient dynamoDb,
      SnsClient sns, Clock clock) {
    return new Poller(config, mturk, dynamoDb, sns, clock);
  }

  /** One poll, logging to standard output, as a local run or test does. */
  public PollResult poll(LongSupplier remainingMillis) {
    return poll(remainingMillis, JsonLog.stdout(null), "qualwatch-poll");
  }

  /**
   * One poll.
   *
   * @param remainingMillis time left before the Lambda deadline, read as the run goes
   * @param log where the run's summary line goes
   * @param functionName the metric dimension of the heartbeat
   * @throws PollFailedException after saving what could be saved, when a call failed for good
   */
  public PollResult poll(LongSupplier remainingMillis, JsonLog log, String functionName) {
    PollRun run = new PollRun(config, clock, remainingMillis, LISTING_MARGIN, digest,
        writers);
    return run.execute(mturk, dynamoDb, sns, log, functionName);
  }
}
