package dev.qualwatch.mturk;

import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.mturk.MTurkClient;
import software.amazon.awssdk.services.mturk.MTurkClientBuilder;
import software.amazon.awssdk.services.mturk.model.ServiceException;

/**
 * Builds the MTurk client. MTurk lives only in us-east-1. The SDK's standard retry strategy is
 * kept (it knows {@code ThrottlingException} and 5xx answers) and tuned: more attempts, since a
 * poll that gives up loses nothing but is late, and {@code ServiceFault} (the SDK's
 * {@code ServiceException}) retried by name.
 */
public final class MTurkClients {
  /** The SDK's own variable; when set, it wins over {@code MTURK_ENVIRONMENT}. */
  public static final String ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL_MTURK";

  private static final int MAX_ATTEMPTS = 6;

  private MTurkClients() {}

  /**
   * A client for {@code environment}, unless {@code variables} holds {@code
   * AWS_ENDPOINT_URL_MTURK}, in which case the SDK itself sends every call there.
   */
  public static MTurkClient create(MTurkEnvironment environment, Map<String, String> variables) {
    MTurkClientBuilder builder = MTurkClient.builder()
        .region(Region.US_EAST_1)
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(retryStrategy(Duration.ofMillis(200))));
    String override = variables.get(ENDPOINT_VARIABLE);
    if (override == null || override.isBlank()) {
      builder.endpointOverride(environment.endpoint());
    }
    return builder.build();
  }

  /**
   * The retry strategy the poller uses. Throttling waits longer than other faults. Public so that
   * tests and benchmarks build their clients with the same policy and a shorter {@code base}.
   */
  public static RetryStrategy retryStrategy(Duration base) {
    return AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .maxAttempts(MAX_ATTEMPTS)
        .backoffStrategy(BackoffStrategy.exponentialDelay(base, base.multipliedBy(50)))
        .throttlingBackoffStrategy(
            BackoffStrategy.exponentialDelay(base.multipliedBy(5), base.multipliedBy(100)))
        .retryOnException(ServiceException.class)
        .build();
  }
}
