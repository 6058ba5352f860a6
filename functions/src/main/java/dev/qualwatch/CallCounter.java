package dev.qualwatch;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the service calls one run makes, per service and operation, for the run's log line and
 * result. Gateways count each call they send (an SDK retry of the same call is not counted again).
 */
public final class CallCounter {
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  public void count(String service, String operation) {
    counts.computeIfAbsent(service + ":" + operation, key -> new AtomicInteger()).incrementAndGet();
  }

  /** Calls per service, such as {@code {"dynamodb": 12, "mturk": 3, "sns": 1}}. */
  public Map<String, Integer> perService() {
    Map<String, Integer> services = new TreeMap<>();
    counts.forEach((key, count) ->
        services.merge(key.substring(0, key.indexOf(':')), count.get(), Integer::sum));
    return services;
  }

  /** Calls per operation, keyed {@code service:Operation}, such as {@code dynamodb:PutItem}. */
  public Map<String, Integer> perOperation() {
    Map<String, Integer> operations = new TreeMap<>();
    counts.forEach((key, count) -> operations.put(key, count.get()));
    return operations;
  }

  public int get(String service, String operation) {
    AtomicInteger count = counts.get(service + ":" + operation);
    return count == null ? 0 : count.get();
  }
}
