package dev.qualwatch.config;

/**
 * A function's environment is missing a variable or holds a malformed one. Thrown at init, so the
 * function fails before it handles any event, with a message that names the variable.
 */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }
}
