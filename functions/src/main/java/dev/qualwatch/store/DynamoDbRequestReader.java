package dev.qualwatch.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Reads the table with {@code GetItem} and {@code Query} only; see {@link ListingQuery} for which
 * index serves which filter.
 *
 * <p>A listing loops over {@code Query} pages until it holds one request more than the page
 * limit, so that filters the index key does not cover never give short pages, and so that a next
 * position is only handed out when a request really follows. The loop stops after
 * {@link #MAX_CALLS_PER_PAGE} calls to bound the answer time; that page may then be short, and its
 * next position continues where the reading stopped.
 */
public final class DynamoDbRequestReader implements RequestReader {
  /** Upper bound on {@code Query} calls for one page of a listing. */
  public static final int MAX_CALLS_PER_PAGE = 20;

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  private DynamoDbRequestReader(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
    this.tableName = Objects.requireNonNull(tableName, "tableName");
  }

  public static DynamoDbRequestReader create(DynamoDbClient dynamoDb, String tableName) {
    return new DynamoDbRequestReader(dynamoDb, tableName);
  }

  @Override
  public Optional<StoredRequest> find(String qualificationRequestId) {
    Map<String, AttributeValue> item = getItem(qualificationRequestId);
    if (item.isEmpty() || !isRequest(item)) {
      return Optional.empty();
    }
    return Optional.of(StoredItems.request(item));
  }

  @Override
  public RequestPage list(RequestFilter filter, PageRequest page) {
    ListingQuery query = ListingQuery.of(tableName, filter, page.withTestAndAnswer());
    if (query.isEmpty()) {
      return new RequestPage(List.of(), Optional.empty(), 0);
    }
    List<StoredRequest> found = new ArrayList<>();
    Map<String, AttributeValue> startKey =
        page.start() == null ? null : query.startKey(page.start());
    int calls = 0;
    do {
      int wanted = page.limit() + 1 - found.size();
      QueryResponse response = query(query, query.request(startKey, wanted));
      calls++;
      response.items().forEach(item -> found.add(StoredItems.request(item)));
      startKey = response.lastEvaluatedKey().isEmpty() ? null : response.lastEvaluatedKey();
    } while (found.size() <= page.limit() && startKey != null && calls < MAX_CALLS_PER_PAGE);
    return pageOf(found, page.limit(), query, startKey, calls);
  }

  @Override
  public PollState pollState() {
    Map<String, AttributeValue> item = getItem(TableSchema.POLL_STATE_KEY);
    return item.isEmpty() ? PollState.empty() : PollStateMapper.fromItem(item);
  }

  private static RequestPage pageOf(
      List<StoredRequest> found, int limit, ListingQuery query,
      Map<String, AttributeValue> startKey, int calls) {
    if (found.size() > limit) {
      List<StoredRequest> kept = found.subList(0, limit);
      return new RequestPage(kept, Optional.of(kept.get(limit - 1).position()), calls);
    }
    Optional<PagePosition> next = Optional.ofNullable(startKey).map(query::positionOf);
    return new RequestPage(found, next, calls);
  }

  private static boolean isRequest(Map<String, AttributeValue> item) {
    AttributeValue recordType = item.get(TableSchema.RECORD_TYPE);
    return recordType != null && TableSchema.RECORD_TYPE_REQUEST.equals(recordType.s());
  }

  private Map<String, AttributeValue> getItem(String key) {
    GetItemRequest request = GetItemRequest.builder()
        .tableName(tableName)
        .key(Map.of(TableSchema.QUALIFICATION_REQUEST_ID, AttributeValue.fromS(key)))
        .build();
    try {
      return dynamoDb.getItem(request).item();
    } catch (SdkException e) {
      throw new StoreException(
          "GetItem on table " + tableName + " failed: " + e.getMessage(), e);
    }
  }

  private QueryResponse query(ListingQuery query, QueryRequest request) {
    try {
      return dynamoDb.query(request);
    } catch (SdkException e) {
      throw new StoreException(
          "Query on index " + query.index().indexName() + " of table " + tableName + " failed: "
              + e.getMessage(), e);
    }
  }
}
