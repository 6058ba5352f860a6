package dev.qualwatch.local.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * What one child JVM measured, sent to the parent as one JSON line after a marker. The child
 * writes it by hand so that it loads none of the JSON classes the handlers use.
 *
 * @param jvmStartEpochMs when the JVM began to start ({@code RuntimeMXBean.getStartTime()})
 * @param mainEpochMs when {@code main} was entered
 * @param initMs the handler's constructor: Lambda's init phase, what SnapStart snapshots
 * @param eventMs reading the first event with the Lambda runtime's serializer
 * @param firstInvokeMs the first {@code handleRequest}
 * @param warmMedianMs the median of the warm {@code handleRequest} calls that followed
 */
record ChildTimings(long jvmStartEpochMs, long mainEpochMs, double initMs, double eventMs,
    double firstInvokeMs, double warmMedianMs) {
  static final String MARKER = "COLD_START_TIMINGS ";

  static ChildTimings parse(String json) {
    try {
      return new ObjectMapper().readValue(json, ChildTimings.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the child's timings are not the expected JSON: " + json,
          e);
    }
  }

  String toJson() {
    return String.format(Locale.ROOT, "{\"jvmStartEpochMs\":%d,\"mainEpochMs\":%d,"
        + "\"initMs\":%.3f,\"eventMs\":%.3f,\"firstInvokeMs\":%.3f,\"warmMedianMs\":%.3f}",
        jvmStartEpochMs, mainEpochMs, initMs, eventMs, firstInvokeMs, warmMedianMs);
  }

  double jvmStartToMainMs() {
    return mainEpochMs - jvmStartEpochMs;
  }

  /** Init and first call: what a caller waits for on a cold start without SnapStart. */
  double coldMs() {
    return initMs + firstInvokeMs;
  }
}
