package dev.qualwatch.store;

import static dev.qualwatch.store.TableSchema.ANSWER;
import static dev.qualwatch.store.TableSchema.FIRST_SEEN_AT;
import static dev.qualwatch.store.TableSchema.QUALIFICATION_REQUEST_ID;
import static dev.qualwatch.store.TableSchema.QUALIFICATION_TYPE_ID;
import static dev.qualwatch.store.TableSchema.RESOLVED_AT;
import static dev.qualwatch.store.TableSchema.STATUS;
import static dev.qualwatch.store.TableSchema.SUBMIT_TIME;
import static dev.qualwatch.store.TableSchema.TEST;
import static dev.qualwatch.store.TableSchema.WORKER_ID;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Builds the {@code Query} calls that read one listing: picks the index, turns the submit-time
 * range into a key condition and the remaining filters into a filter expression.
 *
 * <p>Why this index: the most selective key the filter names wins, worker before type before
 * status, and a listing without any of them reads {@code bySubmitTime}, whose partition holds every
 * request. A worker asks for few types and a type holds many workers, so a worker's partition is
 * nearly always the smallest; a status partition holds about half the table. Every index is sorted
 * by submit time, so the time range always narrows the key condition and never costs a filter.
 */
final class ListingQuery {
  /** Items read per call when a filter expression drops some, so few calls fill a page. */
  static final int FILTERED_READ_SIZE = 100;

  private static final List<String> SUMMARY_ATTRIBUTES = List.of(
      QUALIFICATION_REQUEST_ID, QUALIFICATION_TYPE_ID, WORKER_ID, SUBMIT_TIME, FIRST_SEEN_AT,
      STATUS, RESOLVED_AT);

  private final String tableName;
  private final ListingIndex index;
  private final RequestFilter filter;
  private final Instant from;
  private final Instant until;
  private final boolean withTestAndAnswer;

  private ListingQuery(String tableName, RequestFilter filter, boolean withTestAndAnswer) {
    this.tableName = tableName;
    this.index = ListingIndex.forFilter(filter);
    this.filter = filter;
    this.from = ceilToMillis(filter.submittedFrom());
    this.until = ceilToMillis(filter.submittedUntil());
    this.withTestAndAnswer = withTestAndAnswer;
  }

  static ListingQuery of(String tableName, RequestFilter filter, boolean withTestAndAnswer) {
    return new ListingQuery(tableName, filter, withTestAndAnswer);
  }

  ListingIndex index() {
    return index;
  }

  /** True when the time range holds no millisecond, so no call is needed (or valid). */
  boolean isEmpty() {
    return from != null && until != null && !from.isBefore(until);
  }

  /** The call that reads up to {@code wanted} more matches after {@code startKey}, if any. */
  QueryRequest request(Map<String, AttributeValue> startKey, int wanted) {
    Set<String> names = new LinkedHashSet<>(projection());
    names.add(index.attribute());
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":pk", string(index.value(filter)));
    String filterExpression = filterExpression(values);

    QueryRequest.Builder builder = QueryRequest.builder()
        .tableName(tableName)
        .indexName(index.indexName())
        .keyConditionExpression(keyCondition(values))
        .projectionExpression(String.join(", ", projection().stream().map(n -> "#" + n).toList()))
        .expressionAttributeNames(placeholders(names))
        .expressionAttributeValues(values)
        .scanIndexForward(false)
        .limit(filterExpression == null ? wanted : Math.max(wanted, FILTERED_READ_SIZE));
    if (filterExpression != null) {
      builder.filterExpression(filterExpression);
    }
    if (startKey != null) {
      builder.exclusiveStartKey(startKey);
    }
    return builder.build();
  }

  /** The index key of the request at {@code position}, to start the next page after it. */
  Map<String, AttributeValue> startKey(PagePosition position) {
    return Map.of(
        QUALIFICATION_REQUEST_ID, string(position.qualificationRequestId()),
        SUBMIT_TIME, string(Timestamps.format(position.submitTime())),
        index.attribute(), string(index.value(filter)));
  }

  /** The position a {@code LastEvaluatedKey} of this query stands for. */
  PagePosition positionOf(Map<String, AttributeValue> lastEvaluatedKey) {
    return new PagePosition(
        StoredItems.requiredInstant(lastEvaluatedKey, SUBMIT_TIME),
        StoredItems.requiredString(lastEvaluatedKey, QUALIFICATION_REQUEST_ID));
  }

  private String keyCondition(Map<String, AttributeValue> values) {
    String partition = "#" + index.attribute() + " = :pk";
    String time = "#" + SUBMIT_TIME;
    if (from != null && until != null) {
      values.put(":from", string(Timestamps.format(from)));
      values.put(":last", string(Timestamps.format(until.minusMillis(1))));
      return partition + " AND " + time + " BETWEEN :from AND :last";
    }
    if (from != null) {
      values.put(":from", string(Timestamps.format(from)));
      return partition + " AND " + time + " >= :from";
    }
    if (until != null) {
      values.put(":until", string(Timestamps.format(until)));
      return partition + " AND " + time + " < :until";
    }
    return partition;
  }

  /** The filters the index key does not cover; the projection already names their attributes. */
  private String filterExpression(Map<String, AttributeValue> values) {
    List<String> conditions = new ArrayList<>();
    if (filter.qualificationTypeId() != null && index != ListingIndex.BY_TYPE) {
      values.put(":type", string(filter.qualificationTypeId()));
      conditions.add("#" + QUALIFICATION_TYPE_ID + " = :type");
    }
    if (filter.status() != null && index != ListingIndex.BY_STATUS) {
      values.put(":status", string(filter.status()));
      conditions.add("#" + STATUS + " = :status");
    }
    return conditions.isEmpty() ? null : String.join(" AND ", conditions);
  }

  private List<String> projection() {
    if (!withTestAndAnswer) {
      return SUMMARY_ATTRIBUTES;
    }
    List<String> attributes = new ArrayList<>(SUMMARY_ATTRIBUTES);
    attributes.add(TEST);
    attributes.add(ANSWER);
    return attributes;
  }

  private static Map<String, String> placeholders(Set<String> attributes) {
    Map<String, String> names = new HashMap<>();
    attributes.forEach(attribute -> names.put("#" + attribute, attribute));
    return names;
  }

  private static AttributeValue string(String value) {
    return AttributeValue.fromS(value);
  }

  private static Instant ceilToMillis(Instant instant) {
    if (instant == null) {
      return null;
    }
    Instant truncated = instant.truncatedTo(ChronoUnit.MILLIS);
    return truncated.equals(instant) ? truncated : truncated.plusMillis(1);
  }
}
