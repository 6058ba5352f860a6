package dev.qualwatch.local.bench;

import dev.qualwatch.local.LocalClients;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment Lambda gives each function, as {@code template.yaml} configures it, with the
 * SDK's {@code AWS_ENDPOINT_URL_<SERVICE>} variables pointing at moto_server and the MTurk
 * simulator. Nothing of this JVM's environment is passed on except {@code PATH}, so no profile,
 * credential or endpoint of the caller's can reach a child.
 */
final class LambdaEnvironment {
  static final String TABLE_NAME = "qualwatch-cold-start";
  static final String TOPIC_NAME = "qualwatch-cold-start";

  private final URI moto;
  private final URI mturk;
  private final String topicArn;

  LambdaEnvironment(URI moto, URI mturk, String topicArn) {
    this.moto = moto;
    this.mturk = mturk;
    this.topicArn = topicArn;
  }

  Map<String, String> of(ColdStartFunction function) {
    Map<String, String> env = base(function);
    env.put("TABLE_NAME", TABLE_NAME);
    if (function == ColdStartFunction.POLL) {
      env.put("TOPIC_ARN", topicArn);
      env.put("QUALIFICATION_TYPE_IDS", "");
      env.put("MTURK_ENVIRONMENT", "sandbox");
    }
    return env;
  }

  private Map<String, String> base(ColdStartFunction function) {
    Map<String, String> env = new HashMap<>();
    String path = System.getenv("PATH");
    env.put("PATH", path == null ? "/usr/bin:/bin" : path);
    env.put("LANG", "en_US.UTF-8");
    env.put("TZ", ":UTC");
    env.put("AWS_REGION", LocalClients.REGION.id());
    env.put("AWS_DEFAULT_REGION", LocalClients.REGION.id());
    env.put("AWS_ACCESS_KEY_ID", LocalClients.ACCESS_KEY_ID);
    env.put("AWS_SECRET_ACCESS_KEY", LocalClients.SECRET_ACCESS_KEY);
    env.put("AWS_LAMBDA_FUNCTION_NAME", function.functionName());
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_ENDPOINT_URL_DYNAMODB", moto.toString());
    env.put("AWS_ENDPOINT_URL_SNS", moto.toString());
    env.put("AWS_ENDPOINT_URL_MTURK", mturk.toString());
    return env;
  }
}
