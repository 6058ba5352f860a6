package dev.qualwatch.local;

import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.mturk.MTurkClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SDK clients for local endpoints (moto_server, the MTurk simulator): region us-east-1, dummy
 * static credentials, the URLConnection HTTP client, and any interceptors the caller passes.
 */
public final class LocalClients {
  /** Credentials that moto_server and the simulator accept; they reach no AWS account. */
  public static final String ACCESS_KEY_ID = "testing";
  public static final String SECRET_ACCESS_KEY = "testing";
  public static final Region REGION = Region.US_EAST_1;

  private LocalClients() {}

  public static DynamoDbClient dynamoDb(URI endpoint, ExecutionInterceptor... interceptors) {
    return configure(DynamoDbClient.builder(), endpoint, interceptors).build();
  }

  public static SnsClient sns(URI endpoint, ExecutionInterceptor... interceptors) {
    return configure(SnsClient.builder(), endpoint, interceptors).build();
  }

  public static SqsClient sqs(URI endpoint, ExecutionInterceptor... interceptors) {
    return configure(SqsClient.builder(), endpoint, interceptors).build();
  }

  public static MTurkClient mturk(URI endpoint, ExecutionInterceptor... interceptors) {
    return configure(MTurkClient.builder(), endpoint, interceptors).build();
  }

  private static <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(
      B builder, URI endpoint, ExecutionInterceptor... interceptors) {
    ClientOverrideConfiguration overrides = ClientOverrideConfiguration.builder()
        .executionInterceptors(List.of(interceptors))
        .build();
    builder.endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)))
        .overrideConfiguration(overrides);
    return builder.httpClientBuilder(UrlConnectionHttpClient.builder());
  }
}
