package dev.qualwatch.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environment variables of the functions' child JVMs, as {@code template.yaml} and Lambda
 * would set them, with endpoints only through the SDK's own {@code AWS_ENDPOINT_URL_<SERVICE>}.
 * Every {@code AWS_*} variable of the caller is dropped first, so that a stray
 * {@code AWS_ENDPOINT_URL} or profile cannot send a local run to a real account; for the MTurk
 * sandbox the caller's credentials are passed on, and only those.
 */
final class ChildEnvironment {
  private static final List<String> CREDENTIAL_VARIABLES = List.of("AWS_ACCESS_KEY_ID",
      "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_SHARED_CREDENTIALS_FILE",
      "AWS_CONFIG_FILE");

  private final LocalRunOptions options;
  private final URI moto;
  private final String topicArn;
  private final Optional<URI> mturkSimulator;

  ChildEnvironment(LocalRunOptions options, URI moto, String topicArn,
      Optional<URI> mturkSimulator) {
    this.options = options;
    this.moto = moto;
    this.topicArn = topicArn;
    this.mturkSimulator = mturkSimulator;
  }

  /**
   * Fails early, with what to do, when {@code --mturk sandbox} is asked for and no credentials
   * are in sight: none in the environment, no profile, no {@code ~/.aws/credentials}.
   */
  static void checkSandboxCredentials(LocalRunOptions options) {
    Map<String, String> env = System.getenv();
    boolean keys = env.containsKey("AWS_ACCESS_KEY_ID")
        && env.containsKey("AWS_SECRET_ACCESS_KEY");
    boolean profile = env.containsKey("AWS_PROFILE")
        || env.containsKey("AWS_SHARED_CREDENTIALS_FILE")
        || Files.isRegularFile(Path.of(System.getProperty("user.home"), ".aws", "credentials"));
    if (options.sandbox() && !keys && !profile) {
      throw new IllegalStateException("--mturk sandbox lists the real MTurk sandbox with your "
          + "requester credentials, and none were found: set AWS_ACCESS_KEY_ID and "
          + "AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or run 'aws configure'");
    }
  }

  /** The poll function's environment. */
  Map<String, String> poll() {
    Map<String, String> env = base(Invoke.POLL_FUNCTION);
    env.put("TABLE_NAME", LocalRun.TABLE_NAME);
    env.put("TOPIC_ARN", topicArn);
    env.put("QUALIFICATION_TYPE_IDS", options.qualificationTypeIdsVariable());
    env.put("MTURK_ENVIRONMENT", "sandbox");
    env.put("AWS_ENDPOINT_URL_SNS", moto.toString());
    if (mturkSimulator.isPresent()) {
      env.put("AWS_ENDPOINT_URL_MTURK", mturkSimulator.get().toString());
    } else {
      env.remove("AWS_ACCESS_KEY_ID");
      env.remove("AWS_SECRET_ACCESS_KEY");
      CREDENTIAL_VARIABLES.stream().filter(System.getenv()::containsKey)
          .forEach(name -> env.put(name, System.getenv(name)));
    }
    return env;
  }

  /** The query API function's environment: it reads the table and nothing else. */
  Map<String, String> api() {
    Map<String, String> env = base("qualwatch-api-local");
    env.put("TABLE_NAME", LocalRun.TABLE_NAME);
    return env;
  }

  private Map<String, String> base(String functionName) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.keySet().removeIf(name -> name.startsWith("AWS_"));
    env.put("AWS_REGION", LocalClients.REGION.id());
    env.put("AWS_DEFAULT_REGION", LocalClients.REGION.id());
    env.put("AWS_ACCESS_KEY_ID", LocalClients.ACCESS_KEY_ID);
    env.put("AWS_SECRET_ACCESS_KEY", LocalClients.SECRET_ACCESS_KEY);
    env.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_ENDPOINT_URL_DYNAMODB", moto.toString());
    return env;
  }
}
