package dev.qualwatch.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The simulator's qualification types and pending qualification requests. Every method holds the
 * store's lock, so a page is cut from one consistent state while other threads add or resolve.
 */
final class RequestStore {

  private final NavigableMap<Position, SimulatedRequest> pending = new TreeMap<>();
  private final Map<String, SimulatedRequest> pendingById = new HashMap<>();
  private final NavigableMap<Position, QualificationTypeEntry> types = new TreeMap<>();
  private final Map<String, QualificationTypeEntry> typesById = new HashMap<>();
  private Instant lastCreationTime = Instant.EPOCH;

  /** Adds an owned, requestable type, or renames an existing one and keeps its creation time. */
  synchronized void addOrRenameType(String qualificationTypeId, String name) {
    QualificationTypeEntry existing = typesById.get(qualificationTypeId);
    Instant created = existing == null ? nextCreationTime() : existing.creationTime();
    putType(QualificationTypeEntry.owned(qualificationTypeId, name, created));
  }

  synchronized void putType(QualificationTypeEntry type) {
    QualificationTypeEntry previous = typesById.put(type.qualificationTypeId(), type);
    if (previous != null) {
      types.remove(previous.position());
    }
    types.put(type.position(), type);
  }

  synchronized boolean hasType(String qualificationTypeId) {
    return typesById.containsKey(qualificationTypeId);
  }

  /** Adds the request, registering its qualification type under its id if it is new. */
  synchronized void add(SimulatedRequest request) {
    String id = request.qualificationRequestId();
    if (pendingById.containsKey(id)) {
      throw new IllegalArgumentException("A pending qualification request with id " + id
          + " already exists; give each simulated request its own id");
    }
    if (!hasType(request.qualificationTypeId())) {
      addOrRenameType(request.qualificationTypeId(), request.qualificationTypeId());
    }
    pendingById.put(id, request);
    pending.put(request.position(), request);
  }

  synchronized boolean contains(String qualificationRequestId) {
    return pendingById.containsKey(qualificationRequestId);
  }

  /** Removes a pending request; false when no pending request has that id. */
  synchronized boolean remove(String qualificationRequestId) {
    SimulatedRequest removed = pendingById.remove(qualificationRequestId);
    if (removed == null) {
      return false;
    }
    pending.remove(removed.position());
    return true;
  }

  synchronized List<SimulatedRequest> pendingRequests() {
    return List.copyOf(pending.values());
  }

  /** Pending requests of one type (or of every type when the id is null) after a position. */
  synchronized Page<SimulatedRequest> requestsAfter(
      String qualificationTypeId, Position after, int limit) {
    Predicate<SimulatedRequest> wanted = qualificationTypeId == null
        ? request -> true
        : request -> request.qualificationTypeId().equals(qualificationTypeId);
    return pageOf(pending, wanted, after, limit);
  }

  synchronized Page<QualificationTypeEntry> typesAfter(
      Predicate<QualificationTypeEntry> wanted, Position after, int limit) {
    return pageOf(types, wanted, after, limit);
  }

  /** Strictly increasing, so types list in the order they were added. */
  private Instant nextCreationTime() {
    Instant now = Instant.now();
    lastCreationTime = now.isAfter(lastCreationTime) ? now : lastCreationTime.plusNanos(1000);
    return lastCreationTime;
  }

  private static <T> Page<T> pageOf(
      NavigableMap<Position, T> items, Predicate<T> wanted, Position after, int limit) {
    Map<Position, T> rest = after == null ? items : items.tailMap(after, false);
    List<T> page = new ArrayList<>(limit);
    for (T item : rest.values()) {
      if (!wanted.test(item)) {
        continue;
      }
      if (page.size() == limit) {
        return new Page<>(page, true);
      }
      page.add(item);
    }
    return new Page<>(page, false);
  }
}
