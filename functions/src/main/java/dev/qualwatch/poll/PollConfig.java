package dev.qualwatch.poll;

import dev.qualwatch.config.ConfigurationException;
import dev.qualwatch.config.Env;
import dev.qualwatch.mturk.MTurkEnvironment;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The poll function's configuration, read once at init.
 *
 * @param tableName the DynamoDB table ({@code TABLE_NAME})
 * @param topicArn the SNS topic ({@code TOPIC_ARN})
 * @param qualificationTypeIds the types to watch ({@code QUALIFICATION_TYPE_IDS}); empty means
 *     one unfiltered listing, which MTurk answers with every type the caller owns
 * @param mturkEnvironment sandbox or production ({@code MTURK_ENVIRONMENT}, default sandbox)
 */
public record PollConfig(
    String tableName,
    String topicArn,
    List<String> qualificationTypeIds,
    MTurkEnvironment mturkEnvironment) {

  /** Every variable {@link #from(Env)} reads; the template gives the function exactly these. */
  public static final Set<String> VARIABLES =
      Set.of("TABLE_NAME", "TOPIC_ARN", "QUALIFICATION_TYPE_IDS", "MTURK_ENVIRONMENT");

  private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
  private static final Pattern TOPIC_ARN =
      Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}");
  private static final Pattern TYPE_ID = Pattern.compile("[A-Z0-9]{1,64}");

  public PollConfig {
    qualificationTypeIds = List.copyOf(qualificationTypeIds);
  }

  /** Reads and checks the variables, naming the first one that is missing or malformed. */
  public static PollConfig from(Env env) {
    return new PollConfig(
        env.matching("TABLE_NAME", TABLE_NAME),
        env.matching("TOPIC_ARN", TOPIC_ARN),
        env.list("QUALIFICATION_TYPE_IDS", TYPE_ID),
        environment(env.optional("MTURK_ENVIRONMENT", "sandbox")));
  }

  private static MTurkEnvironment environment(String text) {
    MTurkEnvironment environment = MTurkEnvironment.parse(text);
    if (environment == null) {
      throw new ConfigurationException("MTURK_ENVIRONMENT is '" + text
          + "'; set it to sandbox or production");
    }
    return environment;
  }
}
