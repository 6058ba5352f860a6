package dev.qualwatch.store;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the poller last learnt, kept in the table's poll-state item for the API.
 *
 * @param lastSuccessfulPollAt the end of the last run that listed everything and notified, or
 *     {@code null} before the first
 * @param types per qualification type, what its last complete listing found
 */
public record PollState(Instant lastSuccessfulPollAt, Map<String, TypeState> types) {
  public PollState {
    types = Map.copyOf(types);
  }

  public static PollState empty() {
    return new PollState(null, Map.of());
  }

  /** This state with {@code listed} merged over the types it already had. */
  public PollState merge(Map<String, TypeState> listed, Instant successfulPollAt) {
    Map<String, TypeState> merged = new TreeMap<>(types);
    merged.putAll(listed);
    return new PollState(
        successfulPollAt == null ? lastSuccessfulPollAt : successfulPollAt, merged);
  }

  /**
   * One type's last complete listing.
   *
   * @param pendingCount how many requests the listing returned (all pending, by MTurk's word)
   * @param newestSubmitTime the newest submit time among them, or {@code null} when none
   * @param lastListedAt when the listing completed
   */
  public record TypeState(int pendingCount, Instant newestSubmitTime, Instant lastListedAt) {}
}
