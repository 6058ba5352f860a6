package dev.qualwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

class ListingQueryTest {
  private static final String TYPE = "3SPANISHTYPE00000000000000000A";
  private static final String WORKER = "A1QW8RT7MX2KDE";
  private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-12-02T00:00:00Z");

  @Test
  void workerFilter_readsByWorker_andFiltersTypeAndStatus() {
    QueryRequest request = request(new RequestFilter(TYPE, WORKER, "pending", null, null));

    assertEquals("byWorker", request.indexName());
    assertEquals("#workerId = :pk", request.keyConditionExpression());
    assertEquals(WORKER, request.expressionAttributeValues().get(":pk").s());
    assertEquals("#qualificationTypeId = :type AND #status = :status",
        request.filterExpression());
  }

  @Test
  void typeFilter_readsByType_andFiltersStatus() {
    QueryRequest request = request(new RequestFilter(TYPE, null, "resolved", null, null));

    assertEquals("byType", request.indexName());
    assertEquals(TYPE, request.expressionAttributeValues().get(":pk").s());
    assertEquals("#status = :status", request.filterExpression());
  }

  @Test
  void statusFilter_readsByStatus_withoutFilterExpression() {
    QueryRequest request = request(new RequestFilter(null, null, "pending", null, null));

    assertEquals("byStatus", request.indexName());
    assertNull(request.filterExpression());
    assertEquals(26, request.limit());
  }

  @Test
  void noFilter_readsBySubmitTime_newestFirst() {
    QueryRequest request = request(RequestFilter.all());

    assertEquals("bySubmitTime", request.indexName());
    assertEquals("#recordType = :pk", request.keyConditionExpression());
    assertEquals("qualification-request", request.expressionAttributeValues().get(":pk").s());
    assertFalse(request.scanIndexForward());
  }

  @Test
  void timeRange_becomesAKeyConditionOnSubmitTime_withTheUpperBoundExclusive() {
    QueryRequest both = request(new RequestFilter(null, null, null, FROM, UNTIL));
    QueryRequest from = request(new RequestFilter(null, null, null, FROM, null));
    QueryRequest until = request(new RequestFilter(null, null, null, null, UNTIL));

    assertEquals("#recordType = :pk AND #submitTime BETWEEN :from AND :last",
        both.keyConditionExpression());
    assertEquals("2026-12-01T00:00:00.000Z", both.expressionAttributeValues().get(":from").s());
    assertEquals("2026-12-01T23:59:59.999Z", both.expressionAttributeValues().get(":last").s());
    assertEquals("#recordType = :pk AND #submitTime >= :from", from.keyConditionExpression());
    assertEquals("#recordType = :pk AND #submitTime < :until", until.keyConditionExpression());
    assertEquals("2026-12-02T00:00:00.000Z", until.expressionAttributeValues().get(":until").s());
  }

  @Test
  void rangeWithinOneMillisecond_isEmpty() {
    ListingQuery query = ListingQuery.of("t", new RequestFilter(null, null, null,
        Instant.parse("2026-12-01T00:00:00.000100Z"), Instant.parse("2026-12-01T00:00:00.000900Z")),
        false);

    assertTrue(query.isEmpty());
  }

  @Test
  void filteredQuery_readsAtLeastAHundredItemsPerCall() {
    QueryRequest request = request(new RequestFilter(TYPE, null, "pending", null, null));

    assertEquals(ListingQuery.FILTERED_READ_SIZE, request.limit());
  }

  @Test
  void projection_leavesOutTestAndAnswerAndNotificationBookkeeping_unlessAsked() {
    QueryRequest summary = request(RequestFilter.all());
    QueryRequest full = ListingQuery.of("t", RequestFilter.all(), true).request(null, 5);

    assertFalse(summary.projectionExpression().contains("#test"));
    assertFalse(summary.projectionExpression().contains("#notification"));
    assertTrue(full.projectionExpression().endsWith("#test, #answer"));
    assertEquals(summary.expressionAttributeNames().keySet().stream()
        .filter(name -> !summary.projectionExpression().contains(name)).toList(),
        java.util.List.of("#recordType"));
  }

  @Test
  void startKey_holdsTheTableKeyAndTheIndexKey() {
    ListingQuery query = ListingQuery.of("t", new RequestFilter(TYPE, null, null, null, null),
        false);

    Map<String, AttributeValue> key = query.startKey(
        new PagePosition(Instant.parse("2026-12-01T10:00:00Z"), "3REQ1"));

    assertEquals(Map.of(
        "qualificationRequestId", AttributeValue.fromS("3REQ1"),
        "submitTime", AttributeValue.fromS("2026-12-01T10:00:00.000Z"),
        "qualificationTypeId", AttributeValue.fromS(TYPE)), key);
    assertEquals(new PagePosition(Instant.parse("2026-12-01T10:00:00Z"), "3REQ1"),
        query.positionOf(key));
  }

  private static QueryRequest request(RequestFilter filter) {
    return ListingQuery.of("qualwatch-table", filter, false).request(null, 26);
  }
}
