package dev.qualwatch.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A DynamoDB client that answers from a script and keeps the requests, to check the reader's
 * loop one call at a time. Integration tests check the real protocol against moto_server.
 */
final class ScriptedDynamoDb implements DynamoDbClient {
  final List<QueryRequest> queries = new ArrayList<>();
  final List<GetItemRequest> gets = new ArrayList<>();
  private final Deque<Object> answers = new ArrayDeque<>();

  ScriptedDynamoDb page(List<Map<String, AttributeValue>> items,
      Map<String, AttributeValue> lastEvaluatedKey) {
    answers.add(QueryResponse.builder().items(items).lastEvaluatedKey(lastEvaluatedKey).build());
    return this;
  }

  ScriptedDynamoDb item(Map<String, AttributeValue> item) {
    answers.add(GetItemResponse.builder().item(item).build());
    return this;
  }

  ScriptedDynamoDb failure(RuntimeException failure) {
    answers.add(failure);
    return this;
  }

  @Override
  public QueryResponse query(QueryRequest request) {
    queries.add(request);
    return (QueryResponse) next();
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    gets.add(request);
    return (GetItemResponse) next();
  }

  private Object next() {
    Object answer = answers.remove();
    if (answer instanceof RuntimeException failure) {
      throw failure;
    }
    return answer;
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  @Override
  public void close() {}
}
