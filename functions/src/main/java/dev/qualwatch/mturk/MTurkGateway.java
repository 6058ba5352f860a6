package dev.qualwatch.mturk;

import dev.qualwatch.CallCounter;
import java.util.Objects;
import software.amazon.awssdk.services.mturk.MTurkClient;
import software.amazon.awssdk.services.mturk.model.ListQualificationRequestsRequest;
import software.amazon.awssdk.services.mturk.model.ListQualificationRequestsResponse;
import software.amazon.awssdk.services.mturk.model.RequestErrorException;

/** Lists qualification requests from MTurk and turns SDK types into qualwatch's own. */
public final class MTurkGateway {
  /** MTurk's largest page; fewer, fuller pages mean fewer calls. */
  public static final int MAX_RESULTS = 100;

  private final MTurkClient client;
  private final CallCounter calls;

  private MTurkGateway(MTurkClient client, CallCounter calls) {
    this.client = Objects.requireNonNull(client, "client");
    this.calls = Objects.requireNonNull(calls, "calls");
  }

  public static MTurkGateway create(MTurkClient client, CallCounter calls) {
    return new MTurkGateway(client, calls);
  }

  /**
   * Lists one page.
   *
   * @param qualificationTypeId the type to list, or {@code null} for all of the caller's types
   * @param nextToken the previous page's token, or {@code null} for the first page
   * @throws InvalidNextTokenException when MTurk rejects {@code nextToken}
   * @throws MTurkException when MTurk fails the call after the SDK's retries
   */
  public ListingPage listPage(String qualificationTypeId, String nextToken) {
    ListQualificationRequestsRequest request = ListQualificationRequestsRequest.builder()
        .qualificationTypeId(qualificationTypeId)
        .nextToken(nextToken)
        .maxResults(MAX_RESULTS)
        .build();

    ListQualificationRequestsResponse response = send(request);

    return new ListingPage(
        response.qualificationRequests().stream().map(MTurkGateway::toRequest).toList(),
        response.nextToken());
  }

  private ListQualificationRequestsResponse send(ListQualificationRequestsRequest request) {
    calls.count("mturk", "ListQualificationRequests");
    try {
      return client.listQualificationRequests(request);
    } catch (RequestErrorException e) {
      if (request.nextToken() != null) {
        throw new InvalidNextTokenException("MTurk rejected the NextToken of a"
            + describe(request) + ": " + e.awsErrorDetails().errorMessage(), e);
      }
      throw new MTurkException("MTurk refused ListQualificationRequests for the"
          + describe(request) + ": " + e.awsErrorDetails().errorMessage(), e, true);
    } catch (software.amazon.awssdk.core.exception.SdkException e) {
      throw new MTurkException("ListQualificationRequests failed for the" + describe(request)
          + " after retries: " + e.getMessage(), e);
    }
  }

  private static String describe(ListQualificationRequestsRequest request) {
    return request.qualificationTypeId() == null
        ? " listing of all qualification types"
        : " listing of qualification type " + request.qualificationTypeId();
  }

  private static QualificationRequest toRequest(
      software.amazon.awssdk.services.mturk.model.QualificationRequest request) {
    return new QualificationRequest(
        request.qualificationRequestId(),
        request.qualificationTypeId(),
        request.workerId(),
        request.submitTime(),
        request.test(),
        request.answer());
  }
}
