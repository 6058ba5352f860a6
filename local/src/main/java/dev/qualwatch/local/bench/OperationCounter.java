package dev.qualwatch.local.bench;

import dev.qualwatch.store.TableSchema;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Counts a client's calls per operation, as the client makes them: once per call, whatever the
 * retries ({@link #attempts()} counts those). A PutItem of the poller's own state item is
 * counted apart, as {@value #POLL_STATE_PUT}, so that writes of requests can be told from it.
 */
final class OperationCounter implements ExecutionInterceptor {
  static final String POLL_STATE_PUT = "PutItem of the poll state";
  static final String REQUEST_PUT = "PutItem of a request";

  private final ConcurrentMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    increment(calls, attributes);
    if (context.request() instanceof PutItemRequest put) {
      AttributeValue key = put.item().get(TableSchema.QUALIFICATION_REQUEST_ID);
      boolean pollState = key != null && TableSchema.POLL_STATE_KEY.equals(key.s());
      calls.computeIfAbsent(pollState ? POLL_STATE_PUT : REQUEST_PUT, name -> new AtomicInteger())
          .incrementAndGet();
    }
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    increment(attempts, attributes);
  }

  /** Calls per operation name, such as {@code BatchGetItem}, sorted by name. */
  Map<String, Integer> calls() {
    return snapshot(calls);
  }

  /** HTTP requests sent per operation, retries included. */
  Map<String, Integer> attempts() {
    return snapshot(attempts);
  }

  void reset() {
    calls.clear();
    attempts.clear();
  }

  private static void increment(
      ConcurrentMap<String, AtomicInteger> counts, ExecutionAttributes attributes) {
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    counts.computeIfAbsent(operation, name -> new AtomicInteger()).incrementAndGet();
  }

  private static Map<String, Integer> snapshot(ConcurrentMap<String, AtomicInteger> counts) {
    Map<String, Integer> copy = new TreeMap<>();
    counts.forEach((operation, count) -> copy.put(operation, count.get()));
    return copy;
  }
}
