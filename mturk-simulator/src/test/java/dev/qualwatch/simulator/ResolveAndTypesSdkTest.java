package dev.qualwatch.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.mturk.MTurkClient;
import software.amazon.awssdk.services.mturk.model.ListQualificationTypesResponse;
import software.amazon.awssdk.services.mturk.model.QualificationRequest;
import software.amazon.awssdk.services.mturk.model.QualificationType;
import software.amazon.awssdk.services.mturk.model.QualificationTypeStatus;
import software.amazon.awssdk.services.mturk.model.RequestErrorException;

class ResolveAndTypesSdkTest {

  private MTurkSimulator simulator;
  private MTurkClient client;

  @BeforeEach
  void start() {
    simulator = MTurkSimulator.start(0);
    client = SdkClients.withoutRetries(simulator.endpoint());
    MTurkSimulator.seedDemo(simulator);
  }

  @AfterEach
  void stop() {
    client.close();
    simulator.close();
  }

  @Test
  void accept_removesTheRequestFromThePendingListing() {
    String id = simulator.pendingRequests().get(0).qualificationRequestId();

    client.acceptQualificationRequest(r -> r.qualificationRequestId(id).integerValue(1));

    assertThat(listedIds()).hasSize(11).doesNotContain(id);
    assertThat(simulator.pendingRequests())
        .noneMatch(request -> request.qualificationRequestId().equals(id));
  }

  @Test
  void reject_removesTheRequestFromThePendingListing() {
    String id = simulator.pendingRequests().get(3).qualificationRequestId();

    client.rejectQualificationRequest(r -> r.qualificationRequestId(id).reason("Too short"));

    assertThat(listedIds()).hasSize(11).doesNotContain(id);
  }

  @Test
  void accept_ofAnAlreadyResolvedRequest_isARequestError() {
    String id = simulator.pendingRequests().get(0).qualificationRequestId();
    simulator.resolve(id);

    assertThatThrownBy(() -> client.acceptQualificationRequest(
        r -> r.qualificationRequestId(id)))
        .isInstanceOf(RequestErrorException.class)
        .hasMessageContaining(id);
  }

  @Test
  void reject_ofAnUnknownRequest_isARequestError() {
    assertThatThrownBy(() -> client.rejectQualificationRequest(
        r -> r.qualificationRequestId("3NOSUCHREQUEST").reason("no")))
        .isInstanceOf(RequestErrorException.class);
    assertThat(simulator.pendingRequests()).hasSize(12);
  }

  @Test
  void accept_withoutARequestId_isARequestError() {
    assertThatThrownBy(() -> client.acceptQualificationRequest(r -> { }))
        .isInstanceOf(RequestErrorException.class)
        .hasMessageContaining("QualificationRequestId");
  }

  @Test
  void listTypes_mustBeRequestable_returnsTheRequestableTypesWithTheirAttributes() {
    ListQualificationTypesResponse response =
        client.listQualificationTypes(r -> r.mustBeRequestable(true));

    assertThat(response.qualificationTypes()).extracting(QualificationType::name)
        .containsExactly("Spanish translation screening",
            "Audio transcription accuracy test", "Image labelling guidelines quiz");
    QualificationType first = response.qualificationTypes().get(0);
    assertThat(first.qualificationTypeId()).isEqualTo(DemoData.SPANISH);
    assertThat(first.qualificationTypeStatus()).isEqualTo(QualificationTypeStatus.ACTIVE);
    assertThat(first.isRequestable()).isTrue();
    assertThat(first.autoGranted()).isFalse();
    assertThat(first.creationTime()).isBefore(Instant.now().plusSeconds(1));
    assertThat(response.numResults()).isEqualTo(3);
  }

  @Test
  void listTypes_notRequestable_includesSystemTypesUnlessOwnedByCaller() {
    List<String> all = names(client.listQualificationTypes(r -> r.mustBeRequestable(false)));
    List<String> owned = names(client.listQualificationTypes(
        r -> r.mustBeRequestable(false).mustBeOwnedByCaller(true)));

    assertThat(all).hasSize(4).contains("Worker_Locale");
    assertThat(owned).hasSize(3).doesNotContain("Worker_Locale");
  }

  @Test
  void listTypes_withQuery_matchesNamesCaseInsensitively() {
    List<String> names = names(client.listQualificationTypes(
        r -> r.mustBeRequestable(true).query("AUDIO test")));

    assertThat(names).containsExactly("Audio transcription accuracy test");
  }

  @Test
  void listTypes_withoutMustBeRequestable_isARequestError() {
    assertThatThrownBy(() -> client.listQualificationTypes(r -> { }))
        .isInstanceOf(RequestErrorException.class)
        .hasMessageContaining("MustBeRequestable");
  }

  @Test
  void listTypes_paginator_pagesThroughEveryType() {
    for (int i = 0; i < 7; i++) {
      simulator.addQualificationType("3EXTRATYPE" + i, "Extra type " + i);
    }

    List<String> names = client.listQualificationTypesPaginator(
            r -> r.mustBeRequestable(true).maxResults(2))
        .stream().flatMap(page -> page.qualificationTypes().stream())
        .map(QualificationType::name)
        .toList();

    assertThat(names).hasSize(10).doesNotHaveDuplicates();
    assertThat(simulator.calls("ListQualificationTypes")).isEqualTo(5);
  }

  private List<String> listedIds() {
    return client.listQualificationRequestsPaginator(r -> { })
        .stream().flatMap(page -> page.qualificationRequests().stream())
        .map(QualificationRequest::qualificationRequestId)
        .toList();
  }

  private static List<String> names(ListQualificationTypesResponse response) {
    return response.qualificationTypes().stream().map(QualificationType::name).toList();
  }
}
