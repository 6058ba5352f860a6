package dev.qualwatch.api;

import dev.qualwatch.config.Env;
import java.util.regex.Pattern;

/**
 * The API function's settings, read once at init.
 *
 * @param tableName the DynamoDB table the poller fills ({@code TABLE_NAME})
 */
public record ApiConfig(String tableName) {
  private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");

  /** Reads {@code TABLE_NAME}; fails with a message naming it when it is unset or malformed. */
  public static ApiConfig fromEnvironment(Env env) {
    return new ApiConfig(env.matching("TABLE_NAME", TABLE_NAME));
  }
}
