package dev.qualwatch.notify.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qualwatch.notify.slack.Notice.DigestNotice;
import dev.qualwatch.notify.slack.Notice.DigestNotice.Entry;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockKitTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Slack's own limits for one message. */
  private static final int SLACK_MAX_BLOCKS = 50;
  private static final int SLACK_MAX_SECTION_TEXT = 3_000;
  private static final int SLACK_MAX_HEADER_TEXT = 150;

  private final BlockKit blockKit = new BlockKit(URI.create("https://api.example.org/"));

  @Test
  void digest_withManyTypesAndRequests_staysWithinSlackLimitsAndSaysWhatIsLeftOut()
      throws Exception {
    DigestNotice digest = new DigestNotice(2, 3, 600, requests(12, 15));

    JsonNode message = JSON.readTree(blockKit.digest(digest));

    JsonNode blocks = message.get("blocks");
    assertTrue(blocks.size() <= SLACK_MAX_BLOCKS, blocks.size() + " blocks");
    for (JsonNode block : blocks) {
      JsonNode text = block.path("text").path("text");
      int limit = block.get("type").asText().equals("header")
          ? SLACK_MAX_HEADER_TEXT : SLACK_MAX_SECTION_TEXT;
      assertTrue(text.asText().length() <= limit, text.asText());
    }
    String all = blocks.toString();
    assertEquals(BlockKit.MAX_TYPES, count(all, "*Qualification type*"));
    assertEquals(BlockKit.MAX_TYPES, count(all, "_and 5 more_"));
    assertTrue(all.contains("And 2 more qualification types with 30 requests."), all);
    assertTrue(all.contains("Message 2 of 3, with 180 requests."), all);
    assertEquals("qualwatch: 600 new qualification requests (2/3)", message.get("text").asText());
  }

  @Test
  void digest_escapesWhatSlackWouldReadAsMarkup() throws Exception {
    Entry odd = new Entry("3REQ<&>", "3TYPE<x>", "A1<!channel>",
        Instant.parse("2026-12-03T16:25:46Z"));

    String blocks = JSON.readTree(blockKit.digest(new DigestNotice(1, 1, 1, List.of(odd))))
        .get("blocks").toString();

    assertTrue(blocks.contains("`A1&lt;!channel&gt;`"), blocks);
    assertTrue(blocks.contains("`3TYPE&lt;x&gt;`"), blocks);
    assertTrue(blocks.contains("/qualification-requests/3REQ%3C%26%3E|3REQ&lt;&amp;&gt;>"), blocks);
  }

  private static List<Entry> requests(int types, int perType) {
    List<Entry> requests = new ArrayList<>();
    for (int type = 0; type < types; type++) {
      for (int i = 0; i < perType; i++) {
        requests.add(new Entry(
            String.format("3REQ%026d", type * 100 + i),
            String.format("3TYPE%025d", type),
            String.format("A%013d", i),
            Instant.parse("2026-12-03T16:25:46Z").plusSeconds(i)));
      }
    }
    return requests;
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
