package dev.qualwatch.api;

import dev.qualwatch.store.PageRequest;
import dev.qualwatch.store.PagePosition;
import dev.qualwatch.store.PollState;
import dev.qualwatch.store.RequestFilter;
import dev.qualwatch.store.RequestPage;
import dev.qualwatch.store.RequestReader;
import dev.qualwatch.store.StoredRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The table in a list: the same answers as the DynamoDB reader, newest first, no I/O. */
final class InMemoryRequestReader implements RequestReader {
  static final Comparator<StoredRequest> NEWEST_FIRST = Comparator
      .comparing(StoredRequest::submitTime)
      .thenComparing(StoredRequest::qualificationRequestId)
      .reversed();

  private final List<StoredRequest> requests = new ArrayList<>();
  private PollState pollState = PollState.empty();
  private RuntimeException failure;
  final List<RequestFilter> filtersAsked = new ArrayList<>();

  InMemoryRequestReader add(StoredRequest request) {
    requests.add(request);
    return this;
  }

  InMemoryRequestReader pollState(PollState state) {
    this.pollState = state;
    return this;
  }

  /** Every later call throws {@code failure}, as a DynamoDB outage would. */
  InMemoryRequestReader failWith(RuntimeException failure) {
    this.failure = failure;
    return this;
  }

  @Override
  public Optional<StoredRequest> find(String qualificationRequestId) {
    failIfAsked();
    return requests.stream()
        .filter(r -> r.qualificationRequestId().equals(qualificationRequestId))
        .findFirst();
  }

  @Override
  public RequestPage list(RequestFilter filter, PageRequest page) {
    failIfAsked();
    filtersAsked.add(filter);
    List<StoredRequest> matching = requests.stream()
        .filter(filter::matches)
        .filter(r -> page.start() == null || isAfter(r, page.start()))
        .sorted(NEWEST_FIRST)
        .map(r -> page.withTestAndAnswer() ? r : withoutTestAndAnswer(r))
        .toList();
    if (matching.size() <= page.limit()) {
      return new RequestPage(matching, Optional.empty(), 1);
    }
    List<StoredRequest> kept = matching.subList(0, page.limit());
    return new RequestPage(kept, Optional.of(kept.get(kept.size() - 1).position()), 1);
  }

  @Override
  public PollState pollState() {
    failIfAsked();
    return pollState;
  }

  private void failIfAsked() {
    if (failure != null) {
      throw failure;
    }
  }

  private static boolean isAfter(StoredRequest request, PagePosition start) {
    int byTime = request.submitTime().compareTo(start.submitTime());
    return byTime < 0
        || byTime == 0 && request.qualificationRequestId().compareTo(
            start.qualificationRequestId()) < 0;
  }

  private static StoredRequest withoutTestAndAnswer(StoredRequest r) {
    return new StoredRequest(r.qualificationRequestId(), r.qualificationTypeId(), r.workerId(),
        r.submitTime(), r.firstSeenAt(), r.status(), r.resolvedAt(), null, null);
  }
}
