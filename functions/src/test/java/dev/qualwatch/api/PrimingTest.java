package dev.qualwatch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qualwatch.store.PageRequest;
import dev.qualwatch.store.PollState;
import dev.qualwatch.store.RequestFilter;
import dev.qualwatch.store.RequestPage;
import dev.qualwatch.store.RequestReader;
import dev.qualwatch.store.StoredRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrimingTest {
  @Test
  void beforeASnapshotTheHandlerAnswersTheTypesAndOneListingThroughTheReader() {
    List<String> calls = new ArrayList<>();
    RequestReader reader = new RequestReader() {
      @Override
      public Optional<StoredRequest> find(String qualificationRequestId) {
        calls.add("find");
        return Optional.empty();
      }

      @Override
      public RequestPage list(RequestFilter filter, PageRequest page) {
        calls.add("list limit " + page.limit());
        return new RequestPage(List.of(), Optional.empty(), 1);
      }

      @Override
      public PollState pollState() {
        calls.add("pollState");
        return PollState.empty();
      }
    };

    new ApiHandler(reader).beforeCheckpoint(null);

    assertEquals(List.of("pollState", "list limit 1"), calls);
  }

  @Test
  void primingThatFailsDoesNotFailTheSnapshot() {
    RequestReader unreachable = new RequestReader() {
      @Override
      public Optional<StoredRequest> find(String id) {
        throw new IllegalStateException("unreachable");
      }

      @Override
      public RequestPage list(RequestFilter filter, PageRequest page) {
        throw new IllegalStateException("unreachable");
      }

      @Override
      public PollState pollState() {
        throw new IllegalStateException("unreachable");
      }
    };

    new ApiHandler(unreachable).beforeCheckpoint(null);
  }
}
