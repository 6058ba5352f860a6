package dev.qualwatch.notify.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qualwatch.notify.slack.Notice.AlarmNotice;
import dev.qualwatch.notify.slack.Notice.DigestNotice;
import dev.qualwatch.notify.slack.Notice.DigestNotice.Entry;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes notices as Slack Block Kit messages. A digest shows, per qualification type, the type
 * id and its count, then one line per request: worker id, submit time (in each reader's own time
 * zone, through Slack's date token) and a link to the request in the qualwatch API. Long lists
 * are cut with "and N more" so that a message stays within Slack's limits (50 blocks, 3,000
 * characters per section).
 */
final class BlockKit {
  static final int MAX_TYPES = 10;
  static final int MAX_LINES_PER_TYPE = 10;
  static final int MAX_SECTION_CHARS = 2_900;
  private static final int MAX_HEADER_CHARS = 150;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter READABLE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final String apiUrl;

  BlockKit(URI apiUrl) {
    this.apiUrl = apiUrl.toString().replaceAll("/+$", "");
  }

  String digest(DigestNotice digest) {
    ObjectNode message = JSON.createObjectNode();
    String title = plural(digest.totalNew(), "new qualification request");
    message.put("text", "qualwatch: " + title + partSuffix(digest));
    ArrayNode blocks = message.putArray("blocks");
    header(blocks, title);
    if (digest.parts() > 1) {
      context(blocks, "Message " + digest.part() + " of " + digest.parts() + ", with "
          + plural(digest.requests().size(), "request") + ".");
    }

    Map<String, List<Entry>> byType = byType(digest.requests());
    int shown = 0;
    for (Map.Entry<String, List<Entry>> type : byType.entrySet()) {
      if (shown++ == MAX_TYPES) {
        break;
      }
      typeBlocks(blocks, type.getKey(), type.getValue());
    }
    if (byType.size() > MAX_TYPES) {
      int hiddenRequests = byType.values().stream().skip(MAX_TYPES).mapToInt(List::size).sum();
      context(blocks, "And " + plural(byType.size() - MAX_TYPES, "more qualification type")
          + " with " + plural(hiddenRequests, "request") + ".");
    }
    context(blocks, "Answers are never posted here. The links lead to the qualwatch API,"
        + " which answers SigV4-signed requests only.");
    return message.toString();
  }

  String alarm(AlarmNotice alarm) {
    ObjectNode message = JSON.createObjectNode();
    message.put("text", "qualwatch alarm " + alarm.name() + " is " + alarm.newState());
    ArrayNode blocks = message.putArray("blocks");
    header(blocks, symbol(alarm.newState()) + " " + alarm.newState() + ": " + alarm.name());
    String text = escape(alarm.description())
        + (alarm.reason().isEmpty() ? "" : "\n*Reason:* " + escape(alarm.reason()));
    if (!text.isBlank()) {
      section(blocks, truncate(text, MAX_SECTION_CHARS));
    }
    return message.toString();
  }

  private void typeBlocks(ArrayNode blocks, String typeId, List<Entry> requests) {
    section(blocks, "*Qualification type* `" + escape(typeId) + "`: "
        + plural(requests.size(), "new request"));

    StringBuilder lines = new StringBuilder();
    int listed = 0;
    for (Entry request : requests) {
      String line = (listed == 0 ? "" : "\n") + line(request);
      boolean full = lines.length() + line.length() > MAX_SECTION_CHARS - 40;
      if (listed == MAX_LINES_PER_TYPE || full) {
        break;
      }
      lines.append(line);
      listed++;
    }
    if (listed < requests.size()) {
      lines.append("\n_and ").append(requests.size() - listed).append(" more_");
    }
    section(blocks, lines.toString());
    blocks.addObject().put("type", "divider");
  }

  private String line(Entry request) {
    String id = request.qualificationRequestId();
    String link = apiUrl + "/qualification-requests/"
        + URLEncoder.encode(id, StandardCharsets.UTF_8);
    long epoch = request.submitTime().getEpochSecond();
    return "\u2022 Worker `" + escape(request.workerId()) + "`, submitted <!date^" + epoch
        + "^{date_num} {time_secs}|" + READABLE.format(request.submitTime()) + ">: <"
        + link + "|" + escape(id) + ">";
  }

  private static Map<String, List<Entry>> byType(List<Entry> requests) {
    Map<String, List<Entry>> byType = new LinkedHashMap<>();
    requests.forEach(request -> byType
        .computeIfAbsent(request.qualificationTypeId(), key -> new ArrayList<>()).add(request));
    return byType;
  }

  private static void header(ArrayNode blocks, String text) {
    ObjectNode header = blocks.addObject().put("type", "header");
    header.putObject("text").put("type", "plain_text")
        .put("text", truncate(text, MAX_HEADER_CHARS)).put("emoji", true);
  }

  private static void section(ArrayNode blocks, String mrkdwn) {
    ObjectNode section = blocks.addObject().put("type", "section");
    section.putObject("text").put("type", "mrkdwn").put("text", mrkdwn);
  }

  private static void context(ArrayNode blocks, String mrkdwn) {
    ObjectNode context = blocks.addObject().put("type", "context");
    context.putArray("elements").addObject().put("type", "mrkdwn").put("text", mrkdwn);
  }

  private static String partSuffix(DigestNotice digest) {
    return digest.parts() > 1 ? " (" + digest.part() + "/" + digest.parts() + ")" : "";
  }

  private static String symbol(String state) {
    return switch (state) {
      case "ALARM" -> ":rotating_light:";
      case "OK" -> ":white_check_mark:";
      default -> ":grey_question:";
    };
  }

  /** Slack's mrkdwn reserves these three characters; everything else is literal. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
