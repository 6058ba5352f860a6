package dev.qualwatch.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads and validates members of an operation's JSON input, failing with a RequestError. */
final class Inputs {

  static final int MIN_RESULTS = 1;
  static final int MAX_RESULTS = 100;

  /**
   * MTurk's 2017 API reference gives no default for MaxResults; the legacy API's PageSize
   * defaulted to 10 and the 2017 reference's sample answer shows NumResults 10, so 10 it is.
   */
  static final int DEFAULT_MAX_RESULTS = 10;

  private Inputs() {
  }

  /** The member as text, or {@code null} when absent or JSON null. */
  static String optionalString(JsonNode input, String member) {
    JsonNode value = input.get(member);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw invalidValue(member, "a string");
    }
    return value.asText();
  }

  static String requiredString(JsonNode input, String member) {
    String value = optionalString(input, member);
    if (value == null || value.isEmpty()) {
      throw missing(member);
    }
    return value;
  }

  static Boolean optionalBoolean(JsonNode input, String member) {
    JsonNode value = input.get(member);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      throw invalidValue(member, "a boolean");
    }
    return value.asBoolean();
  }

  static boolean requiredBoolean(JsonNode input, String member) {
    Boolean value = optionalBoolean(input, member);
    if (value == null) {
      throw missing(member);
    }
    return value;
  }

  static Integer optionalInteger(JsonNode input, String member) {
    JsonNode value = input.get(member);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw invalidValue(member, "an integer");
    }
    return value.asInt();
  }

  /** MaxResults between 1 and 100, or the default when absent. */
  static int maxResults(JsonNode input) {
    Integer value = optionalInteger(input, "MaxResults");
    if (value == null) {
      return DEFAULT_MAX_RESULTS;
    }
    if (value < MIN_RESULTS || value > MAX_RESULTS) {
      throw MTurkError.requestError("AWS.ParameterOutOfRange", "The value " + value
          + " for MaxResults is out of range; it must be between " + MIN_RESULTS
          + " and " + MAX_RESULTS + ".");
    }
    return value;
  }

  private static MTurkError missing(String member) {
    return MTurkError.requestError("AWS.MissingParameters",
        "The request is missing the required parameter " + member + ".");
  }

  private static MTurkError invalidValue(String member, String expected) {
    return MTurkError.requestError("AWS.InvalidParameterValue",
        "The value for " + member + " must be " + expected + ".");
  }
}
