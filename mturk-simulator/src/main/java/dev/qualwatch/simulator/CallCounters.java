package dev.qualwatch.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Calls received per operation, faulted and rejected ones included. */
final class CallCounters {

  private final Map<String, AtomicInteger> byOperation = new ConcurrentHashMap<>();

  void record(String operation) {
    byOperation.computeIfAbsent(operation, name -> new AtomicInteger()).incrementAndGet();
  }

  int calls(String operation) {
    AtomicInteger count = byOperation.get(operation);
    return count == null ? 0 : count.get();
  }

  int total() {
    return byOperation.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  void reset() {
    byOperation.clear();
  }
}
