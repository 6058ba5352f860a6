package dev.qualwatch.mturk;

import java.util.List;

/**
 * One page of {@code ListQualificationRequests}.
 *
 * @param requests the requests on the page, in MTurk's order
 * @param nextToken the token for the next page, or {@code null} on the last page
 */
public record ListingPage(List<QualificationRequest> requests, String nextToken) {
  public ListingPage {
    requests = List.copyOf(requests);
  }

  public boolean isLast() {
    return nextToken == null || nextToken.isEmpty();
  }
}
