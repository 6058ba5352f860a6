package dev.qualwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

class DynamoDbRequestReaderTest {
  private static final String TYPE = "3SPANISHTYPE00000000000000000A";
  private static final Map<String, AttributeValue> NONE = Map.of();

  private final ScriptedDynamoDb dynamoDb = new ScriptedDynamoDb();
  private final DynamoDbRequestReader reader = DynamoDbRequestReader.create(dynamoDb, "table");

  @Test
  void list_asksForOneMoreThanTheLimit_andContinuesAfterTheLastRequestKept() {
    dynamoDb.page(items(1, 4), key(4));

    RequestPage page = reader.list(RequestFilter.all(), new PageRequest(3, null, false));

    assertEquals(4, dynamoDb.queries.get(0).limit());
    assertEquals(List.of(id(1), id(2), id(3)), ids(page));
    assertEquals(Optional.of(position(3)), page.next());
    assertEquals(1, page.tableCalls());
  }

  @Test
  void list_whenTheFilterDropsItems_queriesOnUntilThePageIsFull() {
    dynamoDb.page(items(1, 1), key(10)).page(items(2, 3), key(20)).page(items(4, 4), key(30));
    RequestFilter pendingOfType = new RequestFilter(TYPE, null, "pending", null, null);

    RequestPage page = reader.list(pendingOfType, new PageRequest(3, null, false));

    assertEquals(List.of(id(1), id(2), id(3)), ids(page));
    assertEquals(Optional.of(position(3)), page.next());
    assertEquals(3, page.tableCalls());
    assertEquals(key(10), dynamoDb.queries.get(1).exclusiveStartKey());
    assertEquals(key(20), dynamoDb.queries.get(2).exclusiveStartKey());
  }

  @Test
  void list_whenExactlyTheLimitIsLeft_handsOutNoNextPosition() {
    dynamoDb.page(items(1, 2), key(2)).page(List.of(), NONE);

    RequestPage page = reader.list(RequestFilter.all(), new PageRequest(2, null, false));

    assertEquals(List.of(id(1), id(2)), ids(page));
    assertEquals(Optional.empty(), page.next());
  }

  @Test
  void list_afterTheCallBudget_answersAShortPageThatContinuesWhereReadingStopped() {
    IntStream.range(0, DynamoDbRequestReader.MAX_CALLS_PER_PAGE)
        .forEach(i -> dynamoDb.page(List.of(), key(100 + i)));
    RequestFilter resolvedOfType = new RequestFilter(TYPE, null, "resolved", null, null);

    RequestPage page = reader.list(resolvedOfType, new PageRequest(5, null, false));

    assertTrue(page.requests().isEmpty());
    assertEquals(DynamoDbRequestReader.MAX_CALLS_PER_PAGE, page.tableCalls());
    assertEquals(Optional.of(position(100 + DynamoDbRequestReader.MAX_CALLS_PER_PAGE - 1)),
        page.next());
  }

  @Test
  void list_fromAPosition_startsAfterItsIndexKey() {
    dynamoDb.page(List.of(), NONE);

    reader.list(new RequestFilter(TYPE, null, null, null, null),
        new PageRequest(5, position(7), false));

    assertEquals(Map.of(
        "qualificationRequestId", AttributeValue.fromS(id(7)),
        "submitTime", AttributeValue.fromS(time(7)),
        "qualificationTypeId", AttributeValue.fromS(TYPE)),
        dynamoDb.queries.get(0).exclusiveStartKey());
  }

  @Test
  void list_whenDynamoDbFails_throwsStoreExceptionNamingIndexAndTable() {
    dynamoDb.failure(ResourceNotFoundException.builder().message("no table").build());

    StoreException failure = assertThrows(StoreException.class,
        () -> reader.list(RequestFilter.all(), new PageRequest(5, null, false)));

    assertTrue(failure.getMessage().contains("bySubmitTime"), failure.getMessage());
    assertTrue(failure.getMessage().contains("table"), failure.getMessage());
  }

  @Test
  void find_returnsTheStoredRequest_andEmptyForAnythingElse() {
    dynamoDb.item(item(1)).item(NONE).item(Map.of(
        "qualificationRequestId", AttributeValue.fromS("#poll-state")));

    assertEquals(id(1), reader.find(id(1)).orElseThrow().qualificationRequestId());
    assertEquals(Optional.empty(), reader.find(id(2)));
    assertEquals(Optional.empty(), reader.find("#poll-state"));
  }

  @Test
  void pollState_readsThePollStateItem_orIsEmptyBeforeTheFirstPoll() {
    dynamoDb.item(Map.of(
        "qualificationRequestId", AttributeValue.fromS("#poll-state"),
        "lastSuccessfulPollAt", AttributeValue.fromS("2026-12-03T12:00:00.000Z"),
        "types", AttributeValue.fromM(Map.of(TYPE, AttributeValue.fromM(Map.of(
            "pendingCount", AttributeValue.fromN("4"),
            "lastListedAt", AttributeValue.fromS("2026-12-03T11:59:00.000Z"))))))).item(NONE);

    PollState state = reader.pollState();

    assertEquals(Instant.parse("2026-12-03T12:00:00Z"), state.lastSuccessfulPollAt());
    assertEquals(4, state.types().get(TYPE).pendingCount());
    assertEquals(PollState.empty(), reader.pollState());
  }

  @Test
  void itemWithoutSubmitTime_isAStoreExceptionNamingItemAndAttribute() {
    Map<String, AttributeValue> broken = new java.util.HashMap<>(item(1));
    broken.remove("submitTime");
    dynamoDb.item(broken);

    StoreException failure = assertThrows(StoreException.class, () -> reader.find(id(1)));

    assertTrue(failure.getMessage().contains(id(1)), failure.getMessage());
    assertTrue(failure.getMessage().contains("submitTime"), failure.getMessage());
  }

  private static List<Map<String, AttributeValue>> items(int first, int last) {
    return IntStream.rangeClosed(first, last).mapToObj(DynamoDbRequestReaderTest::item).toList();
  }

  private static Map<String, AttributeValue> item(int n) {
    return Map.of(
        "qualificationRequestId", AttributeValue.fromS(id(n)),
        "qualificationTypeId", AttributeValue.fromS(TYPE),
        "workerId", AttributeValue.fromS("A1QW8RT7MX2KDE"),
        "submitTime", AttributeValue.fromS(time(n)),
        "firstSeenAt", AttributeValue.fromS(time(n)),
        "status", AttributeValue.fromS("pending"),
        "recordType", AttributeValue.fromS("qualification-request"));
  }

  private static Map<String, AttributeValue> key(int n) {
    return Map.of(
        "qualificationRequestId", AttributeValue.fromS(id(n)),
        "submitTime", AttributeValue.fromS(time(n)),
        "recordType", AttributeValue.fromS("qualification-request"));
  }

  private static String id(int n) {
    return String.format("3REQ%026d", n);
  }

  /** Newest first: a higher number is an earlier time. */
  private static String time(int n) {
    return Timestamps.format(Instant.parse("2026-12-31T00:00:00Z").minusSeconds(60L * n));
  }

  private static PagePosition position(int n) {
    return new PagePosition(Instant.parse(time(n)), id(n));
  }

  private static List<String> ids(RequestPage page) {
    return page.requests().stream().map(StoredRequest::qualificationRequestId).toList();
  }
}
