package dev.qualwatch.notify.slack;

import dev.qualwatch.config.ConfigurationException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Reads the webhook URL from Secrets Manager; the only class here that knows the SDK. */
final class WebhookSecrets {
  private final SecretsManagerClient client;

  private WebhookSecrets(SecretsManagerClient client) {
    this.client = client;
  }

  /** A reader for secrets in {@code region}, built once at init. */
  static WebhookSecrets create(String region) {
    return new WebhookSecrets(SecretsManagerClient.builder()
        .region(Region.of(region))
        .httpClient(UrlConnectionHttpClient.create())
        .build());
  }

  static WebhookSecrets using(SecretsManagerClient client) {
    return new WebhookSecrets(client);
  }

  /**
   * @throws ConfigurationException when the secret cannot be read or holds no URL; the message
   *     names the secret's ARN and never its value
   */
  WebhookUrl read(String secretArn) {
    String value;
    try {
      value = client.getSecretValue(request -> request.secretId(secretArn)).secretString();
    } catch (SdkException e) {
      throw new ConfigurationException(SlackConfig.WEBHOOK_SECRET_ARN + " names " + secretArn
          + ", which could not be read: " + e.getMessage() + " Check that the secret exists in"
          + " that region and that the function's role may read it.");
    }

    try {
      return WebhookUrl.parse(value, "the secret " + secretArn);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(SlackConfig.WEBHOOK_SECRET_ARN + ": " + e.getMessage());
    }
  }
}
