package dev.qualwatch.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qualwatch.store.NotificationItem;
import dev.qualwatch.store.Timestamps;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the requests of one run into SNS messages: readable text for e-mail subscribers and the
 * full JSON list for Lambda, SQS and HTTPS subscribers ({@code MessageStructure=json}). A list
 * too large for one message is split over several, each below SNS's 256 KB limit.
 */
public final class Digest {
  /** The JSON schema id that subscribers such as the Slack function check. */
  public static final String SCHEMA = "qualwatch.digest/1";
  /**
   * Body budget per message. SNS allows 262,144 bytes for body, subject and attributes together;
   * the subject is at most 100 bytes and our two attributes a few hundred more.
   */
  static final int MAX_MESSAGE_BYTES = 250_000;
  /** Request lines in the text of one message before "and N more". */
  static final int MAX_TEXT_LINES = 50;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter READABLE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private static final Comparator<NotificationItem> ORDER =
      Comparator.comparing(NotificationItem::qualificationTypeId)
          .thenComparing(NotificationItem::submitTime)
          .thenComparing(NotificationItem::qualificationRequestId);

  private final int maxMessageBytes;

  private Digest(int maxMessageBytes) {
    this.maxMessageBytes = maxMessageBytes;
  }

  public static Digest create() {
    return new Digest(MAX_MESSAGE_BYTES);
  }

  /** For tests that split small lists. */
  static Digest withLimit(int maxMessageBytes) {
    return new Digest(maxMessageBytes);
  }

  /** The messages announcing {@code items}; empty when there is nothing to announce. */
  public List<DigestMessage> messages(List<NotificationItem> items) {
    if (items.isEmpty()) {
      return List.of();
    }
    List<NotificationItem> sorted = items.stream().sorted(ORDER).toList();
    List<List<NotificationItem>> chunks = new ArrayList<>();
    split(sorted, sorted.size(), chunks);
    List<DigestMessage> messages = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      messages.add(render(chunks.get(i), i + 1, chunks.size(), sorted.size()));
    }
    return messages;
  }

  /** Halves a chunk until its message fits; part numbers are not known yet, so assume many. */
  private void split(List<NotificationItem> chunk, int total, List<List<NotificationItem>> out) {
    DigestMessage trial = render(chunk, 999_999, 999_999, total);
    if (bytes(trial) <= maxMessageBytes || chunk.size() == 1) {
      out.add(chunk);
      return;
    }
    int half = chunk.size() / 2;
    split(chunk.subList(0, half), total, out);
    split(chunk.subList(half, chunk.size()), total, out);
  }

  static int bytes(DigestMessage message) {
    return message.message().getBytes(StandardCharsets.UTF_8).length;
  }

  private DigestMessage render(List<NotificationItem> chunk, int part, int parts, int total) {
    Map<String, List<NotificationItem>> byType = new LinkedHashMap<>();
    chunk.forEach(item ->
        byType.computeIfAbsent(item.qualificationTypeId(), k -> new ArrayList<>()).add(item));
    String json = json(chunk, byType, part, parts, total);
    ObjectNode structure = JSON.createObjectNode();
    structure.put("default", text(chunk, byType, part, parts, total));
    structure.put("lambda", json);
    structure.put("sqs", json);
    structure.put("https", json);
    return new DigestMessage(
        subject(chunk.size(), part, parts, total),
        structure.toString(),
        List.copyOf(byType.keySet()),
        chunk.stream().map(NotificationItem::qualificationRequestId).toList());
  }

  private static String json(List<NotificationItem> chunk,
      Map<String, List<NotificationItem>> byType, int part, int parts, int total) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("part", part);
    root.put("parts", parts);
    root.put("count", chunk.size());
    root.put("totalNew", total);
    ArrayNode types = root.putArray("qualificationTypeIds");
    byType.keySet().forEach(types::add);
    ArrayNode requests = root.putArray("qualificationRequests");
    for (NotificationItem item : chunk) {
      requests.addObject()
          .put("qualificationRequestId", item.qualificationRequestId())
          .put("qualificationTypeId", item.qualificationTypeId())
          .put("workerId", item.workerId())
          .put("submitTime", Timestamps.format(item.submitTime()))
          .put("firstSeenAt", Timestamps.format(item.firstSeenAt()));
    }
    return root.toString();
  }

  private static String text(List<NotificationItem> chunk,
      Map<String, List<NotificationItem>> byType, int part, int parts, int total) {
    StringBuilder text = new StringBuilder();
    text.append(plural(total, "new qualification request")).append(" on Amazon Mechanical Turk");
    text.append(parts > 1 ? " (message " + part + " of " + parts + ", " + chunk.size()
        + " here)." : ".").append("\n");
    int lines = 0;
    for (Map.Entry<String, List<NotificationItem>> type : byType.entrySet()) {
      if (lines >= MAX_TEXT_LINES) {
        break;
      }
      text.append("\nQualification type ").append(type.getKey())
          .append(" (").append(plural(type.getValue().size(), "request")).append(")\n");
      for (NotificationItem item : type.getValue()) {
        if (lines++ >= MAX_TEXT_LINES) {
          break;
        }
        text.append("  - worker ").append(item.workerId())
            .append(", submitted ").append(READABLE.format(item.submitTime()))
            .append(", request ").append(item.qualificationRequestId()).append("\n");
      }
    }
    if (chunk.size() > MAX_TEXT_LINES) {
      text.append("\n...and ").append(chunk.size() - MAX_TEXT_LINES).append(" more.\n");
    }
    text.append("\nAnswers are not sent by e-mail: read them with the qualwatch API,")
        .append(" GET /qualification-requests/{id}.\n");
    return text.toString();
  }

  private static String subject(int count, int part, int parts, int total) {
    String subject = "qualwatch: " + plural(total, "new qualification request");
    return parts > 1 ? subject + " (" + part + "/" + parts + ")" : subject;
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
