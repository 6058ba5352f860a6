package dev.qualwatch.store;

import static dev.qualwatch.store.TableSchema.*;

import dev.qualwatch.CallCounter;
import dev.qualwatch.mturk.QualificationRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The poller's gateway to the table: what is stored already, claiming new requests, notification
 * leases, resolution and the poll-state item. Every write that decides who owns a request is
 * conditional, so two overlapping runs can never both claim or both notify one request.
 */
public final class RequestStore {
  /** BatchGetItem's own limit, equal to MTurk's largest page. */
  static final int BATCH_GET_LIMIT = 100;
  private static final int UNPROCESSED_RETRIES = 8;
  private static final String TRUE = "true";

  private final DynamoDbClient client;
  private final String tableName;
  private final CallCounter calls;

  private RequestStore(DynamoDbClient client, String tableName, CallCounter calls) {
    this.client = Objects.requireNonNull(client, "client");
    this.tableName = Objects.requireNonNull(tableName, "tableName");
    this.calls = Objects.requireNonNull(calls, "calls");
  }

  public static RequestStore create(DynamoDbClient client, String tableName, CallCounter calls) {
    return new RequestStore(client, tableName, calls);
  }

  /**
   * Which of {@code ids} are stored already: one strongly consistent BatchGetItem per hundred ids,
   * plus one more per round of unprocessed keys that DynamoDB hands back.
   */
  public Set<String> findStored(Collection<String> ids) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
    Set<String> stored = new HashSet<>();
    for (int from = 0; from < distinct.size(); from += BATCH_GET_LIMIT) {
      int to = Math.min(from + BATCH_GET_LIMIT, distinct.size());
      List<String> chunk = distinct.subList(from, to);
      stored.addAll(batchGetIds(chunk));
    }
    return stored;
  }

  private Set<String> batchGetIds(List<String> ids) {
    Map<String, KeysAndAttributes> pending = Map.of(tableName, KeysAndAttributes.builder()
        .keys(ids.stream().map(RequestStore::key).toList())
        .consistentRead(true)
        .projectionExpression("#id")
        .expressionAttributeNames(Map.of("#id", QUALIFICATION_REQUEST_ID))
        .build());
    Set<String> found = new HashSet<>();
    for (int round = 0; !pending.isEmpty(); round++) {
      if (round > UNPROCESSED_RETRIES) {
        throw new StoreException("DynamoDB left keys unprocessed " + round
            + " times in a row on table " + tableName + "; try again later", null);
      }
      pause(round);
      BatchGetItemRequest request = BatchGetItemRequest.builder().requestItems(pending).build();
      BatchGetItemResponse response = call("BatchGetItem", () -> client.batchGetItem(request));
      response.responses().getOrDefault(tableName, List.of())
          .forEach(item -> found.add(item.get(QUALIFICATION_REQUEST_ID).s()));
      pending = response.unprocessedKeys();
    }
    return found;
  }

  /**
   * Stores a request first seen now, unless it is stored already. The request waits to be
   * notified, and this run holds its notification lease until {@code leaseUntil}.
   *
   * @return {@code true} when this call stored it; {@code false} when it was there already
   */
  public boolean claim(QualificationRequest request, Instant firstSeenAt, Instant leaseUntil) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(QUALIFICATION_REQUEST_ID, s(request.qualificationRequestId()));
    item.put(QUALIFICATION_TYPE_ID, s(request.qualificationTypeId()));
    item.put(WORKER_ID, s(request.workerId()));
    item.put(SUBMIT_TIME, s(Timestamps.format(request.submitTime())));
    if (request.test() != null) {
      item.put(TEST, s(request.test()));
    }
    if (request.answer() != null) {
      item.put(ANSWER, s(request.answer()));
    }
    item.put(FIRST_SEEN_AT, s(Timestamps.format(firstSeenAt)));
    item.put(STATUS, s(STATUS_PENDING));
    item.put(RECORD_TYPE, s(RECORD_TYPE_REQUEST));
    item.put(NOTIFICATION_PENDING, s(TRUE));
    item.put(NOTIFICATION_LEASE_UNTIL, s(Timestamps.format(leaseUntil)));

    PutItemRequest put = PutItemRequest.builder()
        .tableName(tableName)
        .item(item)
        .conditionExpression("attribute_not_exists(#id)")
        .expressionAttributeNames(Map.of("#id", QUALIFICATION_REQUEST_ID))
        .build();
    return conditionally("PutItem", () -> client.putItem(put));
  }

  /**
   * Takes the notification lease of every stored request that still waits to be notified and
   * whose lease has run out (its run failed or timed out), except {@code exclude}.
   */
  public List<NotificationItem> claimUnnotified(
      Instant now, Instant leaseUntil, Set<String> exclude) {
    List<NotificationItem> claimed = new ArrayList<>();
    for (Map<String, AttributeValue> item : queryAll(QueryRequest.builder()
        .tableName(tableName)
        .indexName(INDEX_NOTIFICATION_PENDING)
        .keyConditionExpression("#pending = :true")
        .expressionAttributeNames(Map.of("#pending", NOTIFICATION_PENDING))
        .expressionAttributeValues(Map.of(":true", s(TRUE)))
        .build())) {
      String id = item.get(QUALIFICATION_REQUEST_ID).s();
      if (!exclude.contains(id) && takeLease(id, now, leaseUntil)) {
        claimed.add(toNotificationItem(item));
      }
    }
    return claimed;
  }

  private boolean takeLease(String id, Instant now, Instant leaseUntil) {
    UpdateItemRequest update = UpdateItemRequest.builder()
        .tableName(tableName)
        .key(key(id))
        .updateExpression("SET #lease = :until")
        .conditionExpression("#pending = :true AND (attribute_not_exists(#lease) OR #lease < :now)")
        .expressionAttributeNames(
            Map.of("#lease", NOTIFICATION_LEASE_UNTIL, "#pending", NOTIFICATION_PENDING))
        .expressionAttributeValues(Map.of(
            ":until", s(Timestamps.format(leaseUntil)),
            ":now", s(Timestamps.format(now)),
            ":true", s(TRUE)))
        .build();
    return conditionalUpdate(update);
  }

  /**
   * Gives up this run's notification lease on {@code ids} after a failed publish, so that the
   * next run, or Lambda's retry of this one, notifies them without waiting for the lease to end.
   * Each release is conditional on the lease still being this run's.
   */
  public void releaseLeases(List<String> ids, Instant leaseUntil) {
    for (String id : ids) {
      conditionalUpdate(UpdateItemRequest.builder()
          .tableName(tableName)
          .key(key(id))
          .updateExpression("REMOVE #lease")
          .conditionExpression("#lease = :mine")
          .expressionAttributeNames(Map.of("#lease", NOTIFICATION_LEASE_UNTIL))
          .expressionAttributeValues(Map.of(":mine", s(Timestamps.format(leaseUntil))))
          .build());
    }
  }

  /** Records that {@code id} was published; it no longer waits for a notification. */
  public void markNotified(String id, Instant notifiedAt) {
    UpdateItemRequest update = UpdateItemRequest.builder()
        .tableName(tableName)
        .key(key(id))
        .updateExpression("SET #notifiedAt = :at REMOVE #pending, #lease")
        .conditionExpression("attribute_exists(#id)")
        .expressionAttributeNames(Map.of(
            "#notifiedAt", NOTIFIED_AT,
            "#pending", NOTIFICATION_PENDING,
            "#lease", NOTIFICATION_LEASE_UNTIL,
            "#id", QUALIFICATION_REQUEST_ID))
        .expressionAttributeValues(Map.of(":at", s(Timestamps.format(notifiedAt))))
        .build();
    conditionalUpdate(update);
  }

  /** Every stored pending request, with what deciding its resolution needs. */
  public List<PendingRequest> pendingRequests() {
    return queryAll(QueryRequest.builder()
        .tableName(tableName)
        .indexName(INDEX_BY_STATUS)
        .keyConditionExpression("#status = :pending")
        .projectionExpression("#id, #type, #firstSeenAt")
        .expressionAttributeNames(Map.of(
            "#status", STATUS,
            "#id", QUALIFICATION_REQUEST_ID,
            "#type", QUALIFICATION_TYPE_ID,
            "#firstSeenAt", FIRST_SEEN_AT))
        .expressionAttributeValues(Map.of(":pending", s(STATUS_PENDING)))
        .build()).stream()
        .map(item -> new PendingRequest(
            item.get(QUALIFICATION_REQUEST_ID).s(),
            item.get(QUALIFICATION_TYPE_ID).s(),
            Timestamps.parse(item.get(FIRST_SEEN_AT).s())))
        .toList();
  }

  /**
   * Marks a pending request resolved: a complete listing of its type no longer returns it.
   *
   * @return {@code false} when it was not pending any more
   */
  public boolean markResolved(String id, Instant resolvedAt) {
    UpdateItemRequest update = UpdateItemRequest.builder()
        .tableName(tableName)
        .key(key(id))
        .updateExpression("SET #status = :resolved, #resolvedAt = :at")
        .conditionExpression("#status = :pending")
        .expressionAttributeNames(Map.of("#status", STATUS, "#resolvedAt", RESOLVED_AT))
        .expressionAttributeValues(Map.of(
            ":resolved", s(STATUS_RESOLVED),
            ":pending", s(STATUS_PENDING),
            ":at", s(Timestamps.format(resolvedAt))))
        .build();
    return conditionalUpdate(update);
  }

  public PollState readPollState() {
    GetItemRequest get = GetItemRequest.builder()
        .tableName(tableName)
        .key(key(POLL_STATE_KEY))
        .consistentRead(true)
        .build();
    Map<String, AttributeValue> item = call("GetItem", () -> client.getItem(get)).item();
    return item == null || item.isEmpty() ? PollState.empty() : PollStateMapper.fromItem(item);
  }

  public void writePollState(PollState state) {
    Map<String, AttributeValue> item = PollStateMapper.toItem(state);
    item.put(QUALIFICATION_REQUEST_ID, s(POLL_STATE_KEY));
    call("PutItem", () -> client.putItem(
        PutItemRequest.builder().tableName(tableName).item(item).build()));
  }

  private List<Map<String, AttributeValue>> queryAll(QueryRequest first) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    QueryRequest request = first;
    while (true) {
      QueryRequest current = request;
      QueryResponse response = call("Query", () -> client.query(current));
      items.addAll(response.items());
      if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
        return items;
      }
      request = current.toBuilder().exclusiveStartKey(response.lastEvaluatedKey()).build();
    }
  }

  private boolean conditionalUpdate(UpdateItemRequest update) {
    return conditionally("UpdateItem", () -> client.updateItem(update));
  }

  /** A conditional write: {@code false} when DynamoDB refused it because of its condition. */
  private boolean conditionally(String operation, Supplier<?> write) {
    try {
      call(operation, write);
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  private <T> T call(String operation, Supplier<T> action) {
    calls.count("dynamodb", operation);
    try {
      return action.get();
    } catch (ConditionalCheckFailedException e) {
      throw e; // an answer to a conditional write, not a failure: conditionally() reads it
    } catch (SdkException e) {
      throw new StoreException(
          operation + " failed on table " + tableName + " after retries: " + e.getMessage(), e);
    }
  }

  private static NotificationItem toNotificationItem(Map<String, AttributeValue> item) {
    return new NotificationItem(
        item.get(QUALIFICATION_REQUEST_ID).s(),
        item.get(QUALIFICATION_TYPE_ID).s(),
        item.get(WORKER_ID).s(),
        Timestamps.parse(item.get(SUBMIT_TIME).s()),
        Timestamps.parse(item.get(FIRST_SEEN_AT).s()));
  }

  private static void pause(int round) {
    if (round == 0) {
      return;
    }
    try {
      Thread.sleep(Math.min(1_000L, 25L << round));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while retrying unprocessed keys", e);
    }
  }

  static Map<String, AttributeValue> key(String id) {
    return Map.of(QUALIFICATION_REQUEST_ID, s(id));
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
