package dev.qualwatch.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qualwatch.store.NotificationItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigestTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant SUBMITTED = Instant.parse("2026-12-03T10:15:30Z");

  @Test
  void groupsRequestsByTypeInTextAndJson() throws Exception {
    List<NotificationItem> items = List.of(
        item("REQB1", "TYPEB", "WORKER1"),
        item("REQA1", "TYPEA", "WORKER2"),
        item("REQA2", "TYPEA", "WORKER3"));

    List<DigestMessage> messages = Digest.create().messages(items);

    assertEquals(1, messages.size());
    JsonNode structure = JSON.readTree(messages.get(0).message());
    String text = structure.get("default").asText();
    assertTrue(text.startsWith("3 new qualification requests"), text);
    assertTrue(text.indexOf("Qualification type TYPEA (2 requests)")
        < text.indexOf("Qualification type TYPEB (1 request)"), text);
    assertTrue(text.contains("worker WORKER2, submitted 2026-12-03 10:15:30 UTC, request REQA1"));
    JsonNode digest = JSON.readTree(structure.get("lambda").asText());
    assertEquals(Digest.SCHEMA, digest.get("schema").asText());
    assertEquals(3, digest.get("count").asInt());
    assertEquals("[\"TYPEA\",\"TYPEB\"]", digest.get("qualificationTypeIds").toString());
    assertEquals("REQA1", digest.get("qualificationRequests").get(0)
        .get("qualificationRequestId").asText());
    assertEquals("2026-12-03T10:15:30.000Z", digest.get("qualificationRequests").get(0)
        .get("submitTime").asText());
    assertEquals(structure.get("lambda"), structure.get("sqs"));
    assertEquals(structure.get("lambda"), structure.get("https"));
    assertEquals(List.of("TYPEA", "TYPEB"), messages.get(0).qualificationTypeIds());
  }

  @Test
  void cutsLongListsInTheTextButKeepsThemAllInTheJson() throws Exception {
    List<NotificationItem> items = new ArrayList<>();
    for (int i = 0; i < 230; i++) {
      items.add(item(String.format("REQ%05d", i), "TYPEA", "WORKER" + i));
    }

    DigestMessage message = Digest.create().messages(items).get(0);

    JsonNode structure = JSON.readTree(message.message());
    String text = structure.get("default").asText();
    assertEquals(Digest.MAX_TEXT_LINES, text.split("\n  - worker ", -1).length - 1);
    assertTrue(text.contains("...and 180 more."), text);
    JsonNode digest = JSON.readTree(structure.get("sqs").asText());
    assertEquals(230, digest.get("qualificationRequests").size());
  }

  @Test
  void splitsADigestTooBigForOneMessageAndLosesNothing() throws Exception {
    List<NotificationItem> items = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      items.add(item(String.format("REQ%027d", i), "TYPE" + (i % 3), "A" + i));
    }

    List<DigestMessage> messages = Digest.create().messages(items);

    assertTrue(messages.size() > 1, "3,000 requests need more than one message");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < messages.size(); i++) {
      DigestMessage message = messages.get(i);
      assertTrue(Digest.bytes(message) <= Digest.MAX_MESSAGE_BYTES, "message " + i + " too big");
      JsonNode digest = JSON.readTree(JSON.readTree(message.message()).get("lambda").asText());
      assertEquals(i + 1, digest.get("part").asInt());
      assertEquals(messages.size(), digest.get("parts").asInt());
      assertEquals(3_000, digest.get("totalNew").asInt());
      digest.get("qualificationRequests")
          .forEach(r -> assertTrue(ids.add(r.get("qualificationRequestId").asText())));
      assertTrue(message.subject().length() <= 100);
    }
    assertEquals(3_000, ids.size());
  }

  @Test
  void saysNothingWhenThereIsNothingNew() {
    assertTrue(Digest.create().messages(List.of()).isEmpty());
  }

  @Test
  void neverCarriesTestsOrAnswers() {
    DigestMessage message = Digest.create().messages(List.of(item("R1", "T1", "W1"))).get(0);

    assertFalse(message.message().toLowerCase().contains("\"answer\""));
    assertFalse(message.message().toLowerCase().contains("\"test\""));
  }

  private static NotificationItem item(String id, String typeId, String workerId) {
    return new NotificationItem(id, typeId, workerId, SUBMITTED, SUBMITTED.plusSeconds(60));
  }
}
