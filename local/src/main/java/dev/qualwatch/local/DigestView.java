package dev.qualwatch.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.List;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Prints the digests a queue received: SNS's envelope (subject, message attributes) and, from
 * the JSON the poller wrote for SQS subscribers, the count and the list of requests.
 */
final class DigestView {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DigestView() {}

  /** Prints the messages and returns how many requests they announced together. */
  static int print(List<Message> messages, String queueName, PrintStream out) {
    out.println("Notification received by queue " + queueName + " (subscribed to the topic): "
        + messages.size() + " message" + (messages.size() == 1 ? "" : "s"));
    int announced = 0;
    for (Message message : messages) {
      announced += printOne(message.body(), out);
    }
    return announced;
  }

  private static int printOne(String body, PrintStream out) {
    JsonNode envelope = parse(body);
    JsonNode attributes = envelope.path("MessageAttributes");
    out.println("  subject:    " + envelope.path("Subject").asText("-"));
    out.println("  attributes: count=" + attributes.path("count").path("Value").asText("-")
        + ", qualificationTypeIds=" + attributes.path("qualificationTypeIds").path("Value")
            .asText("-"));
    JsonNode digest = parse(envelope.path("Message").asText());
    out.println("  digest:     " + digest.path("schema").asText("-") + ", part "
        + digest.path("part").asText("?") + " of " + digest.path("parts").asText("?") + ", "
        + digest.path("count").asInt() + " requests here, " + digest.path("totalNew").asInt()
        + " new in all");
    TextTable table = new TextTable("QUALIFICATION TYPE", "WORKER", "SUBMIT TIME",
        "QUALIFICATION REQUEST");
    for (JsonNode request : digest.path("qualificationRequests")) {
      table.row(request.path("qualificationTypeId").asText(), request.path("workerId").asText(),
          request.path("submitTime").asText(), request.path("qualificationRequestId").asText());
    }
    table.print(out, "    ");
    return digest.path("count").asInt();
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the queue received a message that is not JSON: "
          + e.getOriginalMessage(), e);
    }
  }
}
