package dev.qualwatch.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Reads environment variables into typed values, naming the variable in every failure. */
public final class Env {
  private final Map<String, String> variables;

  private Env(Map<String, String> variables) {
    this.variables = Objects.requireNonNull(variables, "variables");
  }

  public static Env of(Map<String, String> variables) {
    return new Env(variables);
  }

  public static Env system() {
    return new Env(System.getenv());
  }

  /** The trimmed value, or a {@link ConfigurationException} when it is unset or blank. */
  public String required(String name) {
    String value = optional(name, "");
    if (value.isEmpty()) {
      throw new ConfigurationException(name + " is not set; set it to " + hint(name));
    }
    return value;
  }

  /** The trimmed value, or {@code fallback} when the variable is unset or blank. */
  public String optional(String name, String fallback) {
    String value = variables.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return value.trim();
  }

  /** A comma-separated list; blanks around items are dropped, empty items are an error. */
  public List<String> list(String name, Pattern itemPattern) {
    String value = optional(name, "");
    if (value.isEmpty()) {
      return List.of();
    }
    List<String> items = Arrays.stream(value.split(",", -1)).map(String::trim).toList();
    for (String item : items) {
      if (!itemPattern.matcher(item).matches()) {
        throw new ConfigurationException(
            name + " holds '" + item + "', which is not of the form " + itemPattern.pattern()
                + "; give a comma-separated list such as 3ABCDEFGHIJKLMNOPQRSTUVWXYZ012");
      }
    }
    return items.stream().distinct().toList();
  }

  /** A value that must match {@code pattern}, such as an ARN or a table name. */
  public String matching(String name, Pattern pattern) {
    String value = required(name);
    if (!pattern.matcher(value).matches()) {
      throw new ConfigurationException(
          name + " is '" + value + "', which is not of the form " + pattern.pattern());
    }
    return value;
  }

  private static String hint(String name) {
    return switch (name) {
      case "TABLE_NAME" -> "the DynamoDB table's name (template.yaml sets it)";
      case "TOPIC_ARN" -> "the SNS topic's ARN (template.yaml sets it)";
      default -> "a value (see README.md, Configuration)";
    };
  }
}
