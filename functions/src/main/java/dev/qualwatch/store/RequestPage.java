package dev.qualwatch.store;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing, newest first.
 *
 * @param requests the requests on this page
 * @param next where the next page starts, empty when no request is left
 * @param tableCalls how many DynamoDB calls the page took
 */
public record RequestPage(
    List<StoredRequest> requests, Optional<PagePosition> next, int tableCalls) {

  public RequestPage {
    requests = List.copyOf(requests);
  }
}
