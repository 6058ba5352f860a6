package dev.qualwatch.store;

import static dev.qualwatch.store.TableSchema.LAST_LISTED_AT;
import static dev.qualwatch.store.TableSchema.LAST_SUCCESSFUL_POLL_AT;
import static dev.qualwatch.store.TableSchema.NEWEST_SUBMIT_TIME;
import static dev.qualwatch.store.TableSchema.PENDING_COUNT;
import static dev.qualwatch.store.TableSchema.TYPES;

import dev.qualwatch.store.PollState.TypeState;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps {@link PollState} to and from the poll-state item. */
public final class PollStateMapper {
  private PollStateMapper() {}

  static Map<String, AttributeValue> toItem(PollState state) {
    Map<String, AttributeValue> types = new HashMap<>();
    state.types().forEach((typeId, type) -> types.put(typeId, AttributeValue.fromM(toMap(type))));
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(TYPES, AttributeValue.fromM(types));
    if (state.lastSuccessfulPollAt() != null) {
      item.put(LAST_SUCCESSFUL_POLL_AT,
          AttributeValue.fromS(Timestamps.format(state.lastSuccessfulPollAt())));
    }
    return item;
  }

  /** Reads the poll-state item; public so that the API reads it the same way. */
  public static PollState fromItem(Map<String, AttributeValue> item) {
    Map<String, TypeState> types = new HashMap<>();
    AttributeValue typesValue = item.get(TYPES);
    if (typesValue != null && typesValue.hasM()) {
      typesValue.m().forEach((typeId, value) -> types.put(typeId, toTypeState(value.m())));
    }
    return new PollState(instant(item.get(LAST_SUCCESSFUL_POLL_AT)), types);
  }

  private static Map<String, AttributeValue> toMap(TypeState type) {
    Map<String, AttributeValue> map = new HashMap<>();
    map.put(PENDING_COUNT, AttributeValue.fromN(Integer.toString(type.pendingCount())));
    map.put(LAST_LISTED_AT, AttributeValue.fromS(Timestamps.format(type.lastListedAt())));
    if (type.newestSubmitTime() != null) {
      map.put(NEWEST_SUBMIT_TIME, AttributeValue.fromS(Timestamps.format(type.newestSubmitTime())));
    }
    return map;
  }

  private static TypeState toTypeState(Map<String, AttributeValue> map) {
    AttributeValue count = map.get(PENDING_COUNT);
    return new TypeState(
        count == null ? 0 : Integer.parseInt(count.n()),
        instant(map.get(NEWEST_SUBMIT_TIME)),
        instant(map.get(LAST_LISTED_AT)));
  }

  private static Instant instant(AttributeValue value) {
    return value == null || value.s() == null ? null : Timestamps.parse(value.s());
  }
}
