package dev.qualwatch.simulator;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.mturk.MTurkClient;
import software.amazon.awssdk.services.mturk.MTurkClientBuilder;

/** Real AWS SDK v2 MTurk clients pointed at a simulator, configured as the project builds them. */
final class SdkClients {

  private SdkClients() {
  }

  /** A client with the SDK's default retry strategy. */
  static MTurkClient withDefaultRetries(URI endpoint) {
    return builder(endpoint).build();
  }

  /** A client that makes exactly one attempt per call. */
  static MTurkClient withoutRetries(URI endpoint) {
    return builder(endpoint)
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  private static MTurkClientBuilder builder(URI endpoint) {
    return MTurkClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIASIMULATOR", "simulator-secret")))
        .httpClient(UrlConnectionHttpClient.create());
  }
}
