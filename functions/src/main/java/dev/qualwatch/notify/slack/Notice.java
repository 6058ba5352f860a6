package dev.qualwatch.notify.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qualwatch.notify.Digest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** What arrives on the topic: a qualwatch digest or a CloudWatch alarm's state change. */
sealed interface Notice permits Notice.DigestNotice, Notice.AlarmNotice {
  ObjectMapper JSON = new ObjectMapper();

  /**
   * Reads the {@code Message} of an SNS record.
   *
   * @throws UnknownMessageException when it is neither a digest nor an alarm
   */
  static Notice parse(String message) {
    JsonNode root;
    try {
      root = message == null ? null : JSON.readTree(message);
    } catch (JsonProcessingException e) {
      root = null;
    }
    if (root == null || !root.isObject()) {
      throw new UnknownMessageException("the SNS message is not a JSON object, so neither a"
          + " qualwatch digest nor a CloudWatch alarm; it was not posted to Slack");
    }
    if (Digest.SCHEMA.equals(root.path("schema").asText())) {
      return DigestNotice.of(root);
    }
    if (root.hasNonNull("AlarmName") && root.hasNonNull("NewStateValue")) {
      return AlarmNotice.of(root);
    }
    throw new UnknownMessageException("the SNS message has schema '"
        + root.path("schema").asText("") + "', not " + Digest.SCHEMA
        + ", and is no CloudWatch alarm; it was not posted to Slack");
  }

  /** One message of a digest, with the requests it carries (never tests or answers). */
  record DigestNotice(int part, int parts, int totalNew, List<Entry> requests) implements Notice {
    public DigestNotice {
      requests = List.copyOf(requests);
    }

    record Entry(
        String qualificationRequestId,
        String qualificationTypeId,
        String workerId,
        Instant submitTime) {}

    private static DigestNotice of(JsonNode root) {
      List<Entry> entries = new ArrayList<>();
      for (JsonNode request : root.path("qualificationRequests")) {
        entries.add(new Entry(
            text(request, "qualificationRequestId"),
            text(request, "qualificationTypeId"),
            text(request, "workerId"),
            instant(request, "submitTime")));
      }
      int totalNew = root.path("totalNew").asInt(entries.size());
      return new DigestNotice(root.path("part").asInt(1), root.path("parts").asInt(1),
          totalNew, entries);
    }

    private static String text(JsonNode node, String field) {
      String value = node.path(field).asText("");
      if (value.isEmpty()) {
        throw new UnknownMessageException("a request in the digest has no " + field
            + "; the digest was not posted to Slack");
      }
      return value;
    }

    private static Instant instant(JsonNode node, String field) {
      try {
        return Instant.parse(text(node, field));
      } catch (DateTimeParseException e) {
        throw new UnknownMessageException("a request in the digest has a " + field
            + " that is not ISO-8601; the digest was not posted to Slack");
      }
    }
  }

  /** A CloudWatch alarm that changed state, as CloudWatch publishes it on SNS. */
  record AlarmNotice(String name, String description, String newState, String reason)
      implements Notice {

    private static AlarmNotice of(JsonNode root) {
      return new AlarmNotice(
          root.path("AlarmName").asText(),
          root.path("AlarmDescription").asText(""),
          root.path("NewStateValue").asText(),
          root.path("NewStateReason").asText(""));
    }
  }
}
