package dev.qualwatch.notify.slack;

import dev.qualwatch.config.ConfigurationException;
import dev.qualwatch.config.Env;
import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Slack function's configuration, read once at init.
 *
 * @param webhookSecretArn the Secrets Manager secret whose value is the incoming-webhook URL
 * @param apiUrl the query API's base URL, without a trailing slash, for links to requests
 */
public record SlackConfig(String webhookSecretArn, URI apiUrl) {
  public static final String WEBHOOK_SECRET_ARN = "SLACK_WEBHOOK_SECRET_ARN";
  public static final String API_URL = "API_URL";
  /** Every variable {@link #from(Env)} reads; {@code template.yaml} sets exactly these. */
  public static final Set<String> VARIABLES = Set.of(WEBHOOK_SECRET_ARN, API_URL);

  private static final Pattern SECRET_ARN =
      Pattern.compile("arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:\\S+");
  private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s/?#]+(/[^\\s?#]*)?");

  /** @throws ConfigurationException naming the variable that is missing or malformed */
  public static SlackConfig from(Env env) {
    String secretArn = env.required(WEBHOOK_SECRET_ARN);
    if (!SECRET_ARN.matcher(secretArn).matches()) {
      throw new ConfigurationException(WEBHOOK_SECRET_ARN + " is not the ARN of a Secrets"
          + " Manager secret (arn:aws:secretsmanager:<region>:<account>:secret:<name>); the value"
          + " is not shown, in case it is the webhook URL itself");
    }
    String apiUrl = env.matching(API_URL, HTTP_URL).replaceAll("/+$", "");
    return new SlackConfig(secretArn, URI.create(apiUrl));
  }

  /** The region in the secret's ARN, where the secret must be read. */
  public String secretRegion() {
    return webhookSecretArn.split(":")[3];
  }
}
