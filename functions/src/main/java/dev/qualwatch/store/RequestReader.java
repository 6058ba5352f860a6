package dev.qualwatch.store;

import java.util.Optional;

/**
 * Reads what the poller stored: single requests, filtered listings newest first, and the poll
 * state. Implementations never scan the table. Failures surface as {@link StoreException}.
 */
public interface RequestReader {

  /** The request with this id, with its test and answer, or empty when none is stored. */
  Optional<StoredRequest> find(String qualificationRequestId);

  /** Up to {@code page.limit()} requests that pass {@code filter}, newest first. */
  RequestPage list(RequestFilter filter, PageRequest page);

  /** What the last polls recorded per watched type; {@link PollState#empty()} before any. */
  PollState pollState();
}
