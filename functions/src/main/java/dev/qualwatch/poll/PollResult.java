package dev.qualwatch.poll;

import java.util.Map;

/**
 * What one poll did; the poll function returns it and logs it as one line.
 *
 * @param listed distinct requests MTurk listed (one on two pages counts once)
 * @param newRequests requests this run stored for the first time
 * @param notified requests this run published (new ones and ones an earlier run left)
 * @param resolved requests that complete listings no longer return, marked resolved
 * @param pages listing pages read
 * @param calls service calls per service: {@code mturk}, {@code dynamodb}, {@code sns}
 * @param operations service calls per operation, keyed {@code service:Operation}
 * @param complete whether every configured listing ran to its last page
 * @param millis the run's wall time
 */
public record PollResult(
    int listed,
    int newRequests,
    int notified,
    int resolved,
    int pages,
    Map<String, Integer> calls,
    Map<String, Integer> operations,
    boolean complete,
    long millis) {

  public PollResult {
    calls = Map.copyOf(calls);
    operations = Map.copyOf(operations);
  }
}
