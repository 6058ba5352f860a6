package dev.qualwatch.config;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Builds the AWS clients the functions use, once per execution environment, with the
 * URLConnection HTTP client (the lightest to start) and the function's own region. Endpoints come
 * from the SDK's {@code AWS_ENDPOINT_URL_<SERVICE>} variables when set.
 */
public final class AwsClients {
  private AwsClients() {}

  public static DynamoDbClient dynamoDb(Env env) {
    return DynamoDbClient.builder()
        .region(region(env))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  public static SnsClient sns(Env env) {
    return SnsClient.builder()
        .region(region(env))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  /** Lambda always sets {@code AWS_REGION}; local runs must set it too. */
  public static Region region(Env env) {
    return Region.of(env.required("AWS_REGION"));
  }
}
