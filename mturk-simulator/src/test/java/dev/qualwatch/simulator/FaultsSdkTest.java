package dev.qualwatch.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.mturk.MTurkClient;
import software.amazon.awssdk.services.mturk.model.QualificationRequest;
import software.amazon.awssdk.services.mturk.model.ServiceException;

class FaultsSdkTest {

  private static final String TYPE = "3FAULTSQUALIFICATIONSIMULATOR";
  private static final String LIST = "ListQualificationRequests";

  private MTurkSimulator simulator;
  private MTurkClient retrying;
  private MTurkClient singleAttempt;

  @BeforeEach
  void start() {
    simulator = MTurkSimulator.start(0);
    retrying = SdkClients.withDefaultRetries(simulator.endpoint());
    singleAttempt = SdkClients.withoutRetries(simulator.endpoint());
    for (int i = 0; i < 25; i++) {
      simulator.submitRequest(TYPE, "A1FAULTWORKER" + i,
          Instant.parse("2024-06-01T00:00:00Z").plusSeconds(i), "test", "answer");
    }
  }

  @AfterEach
  void stop() {
    retrying.close();
    singleAttempt.close();
    simulator.close();
  }

  @Test
  void throttling_withSdkRetries_isRetriedUntilTheCallSucceeds() {
    simulator.throttleNext(2);

    int listed = retrying.listQualificationRequests(r -> r.maxResults(5)).numResults();

    assertThat(listed).isEqualTo(5);
    assertThat(simulator.calls(LIST)).isEqualTo(3);
  }

  @Test
  void throttling_withoutRetries_surfacesAsAThrottlingException() {
    simulator.throttleNext(1);

    assertThatThrownBy(() -> singleAttempt.listQualificationRequests(r -> { }))
        .isInstanceOfSatisfying(AwsServiceException.class, e -> {
          assertThat(e.isThrottlingException()).isTrue();
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
        });
    assertThat(simulator.calls(LIST)).isEqualTo(1);
  }

  @Test
  void serviceFault_withoutRetries_surfacesAsServiceException() {
    simulator.failNext(1);

    assertThatThrownBy(() -> singleAttempt.listQualificationRequests(r -> { }))
        .isInstanceOfSatisfying(ServiceException.class,
            e -> assertThat(e.statusCode()).isEqualTo(500));
  }

  @Test
  void serviceFault_onEveryAttempt_surfacesAfterTheSdkGivesUp() {
    simulator.failNext(50);

    assertThatThrownBy(() -> retrying.listQualificationRequests(r -> { }))
        .isInstanceOf(ServiceException.class);
    assertThat(simulator.calls(LIST)).isGreaterThan(1);
  }

  @Test
  void failAfter_midListing_failsTheThirdPageOnly() {
    simulator.failAfter(LIST, 2, Fault.SERVICE_FAULT, 1);

    assertThatThrownBy(() -> singleAttempt.listQualificationRequestsPaginator(
        r -> r.maxResults(5)).forEach(page -> { }))
        .isInstanceOf(ServiceException.class);
    assertThat(simulator.calls(LIST)).isEqualTo(3);
    assertThat(singleAttempt.listQualificationRequests(r -> { }).numResults()).isEqualTo(10);
  }

  @Test
  void failAfter_midListing_withSdkRetries_stillListsEveryRequestOnce() {
    simulator.failAfter(LIST, 2, Fault.THROTTLING, 1);

    List<String> listed = retrying.listQualificationRequestsPaginator(r -> r.maxResults(5))
        .stream().flatMap(page -> page.qualificationRequests().stream())
        .map(QualificationRequest::qualificationRequestId)
        .toList();

    assertThat(listed).doesNotHaveDuplicates().hasSize(25);
    assertThat(simulator.calls(LIST)).isEqualTo(6);
  }

  @Test
  void counters_countEveryCallAndReset() {
    simulator.throttleNext(1);
    assertThatThrownBy(() -> singleAttempt.listQualificationRequests(r -> { }))
        .isInstanceOf(AwsServiceException.class);
    singleAttempt.listQualificationTypes(r -> r.mustBeRequestable(true));
    int beforeReset = simulator.totalCalls();

    simulator.resetCounters();

    assertThat(beforeReset).isEqualTo(2);
    assertThat(simulator.totalCalls()).isZero();
    assertThat(simulator.calls(LIST)).isZero();
  }
}
