package dev.qualwatch.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.mturk.MTurkClient;
import software.amazon.awssdk.services.mturk.model.ListQualificationRequestsResponse;
import software.amazon.awssdk.services.mturk.model.QualificationRequest;
import software.amazon.awssdk.services.mturk.model.RequestErrorException;

class ListQualificationRequestsSdkTest {

  private static final String TYPE_A = "3TYPEAQUALIFICATIONSIMULATOR1";
  private static final String TYPE_B = "3TYPEBQUALIFICATIONSIMULATOR2";
  private static final Instant BASE = Instant.parse("2024-05-01T10:00:00Z");

  private MTurkSimulator simulator;
  private MTurkClient client;

  @BeforeEach
  void start() {
    simulator = MTurkSimulator.start(0);
    client = SdkClients.withoutRetries(simulator.endpoint());
    simulator.addQualificationType(TYPE_A, "Type A");
    simulator.addQualificationType(TYPE_B, "Type B");
  }

  @AfterEach
  void stop() {
    client.close();
    simulator.close();
  }

  @Test
  void paginator_overManyPages_returnsEveryRequestExactlyOnceInSubmitOrder() {
    List<String> submitted = submit(TYPE_A, 95);

    List<String> listed = client.listQualificationRequestsPaginator(r -> r.maxResults(7))
        .stream().flatMap(page -> page.qualificationRequests().stream())
        .map(QualificationRequest::qualificationRequestId)
        .toList();

    assertThat(listed).containsExactlyElementsOf(submitted);
    assertThat(simulator.calls("ListQualificationRequests")).isEqualTo(14);
  }

  @Test
  void list_withoutMaxResults_servesTenPerPage() {
    submit(TYPE_A, 12);

    ListQualificationRequestsResponse first = client.listQualificationRequests(r -> { });

    assertThat(first.numResults()).isEqualTo(10);
    assertThat(first.nextToken()).isNotBlank();
  }

  @Test
  void list_onLastPage_hasNoNextToken() {
    submit(TYPE_A, 5);

    ListQualificationRequestsResponse page =
        client.listQualificationRequests(r -> r.maxResults(5));

    assertThat(page.numResults()).isEqualTo(5);
    assertThat(page.nextToken()).isNull();
  }

  @Test
  void list_mapsEveryFieldOfARequest() {
    Instant submitTime = Instant.parse("2024-05-01T10:15:30.250Z");
    String id = simulator.submitRequest(TYPE_B, "A2WORKERSIMULATED", submitTime,
        "<QuestionForm>2+2?</QuestionForm>",
        "<QuestionFormAnswers>4</QuestionFormAnswers>");

    QualificationRequest request =
        client.listQualificationRequests(r -> r.qualificationTypeId(TYPE_B))
            .qualificationRequests().get(0);

    assertThat(id).matches("[A-Z0-9]{30}");
    assertThat(request.qualificationRequestId()).isEqualTo(id);
    assertThat(request.qualificationTypeId()).isEqualTo(TYPE_B);
    assertThat(request.workerId()).isEqualTo("A2WORKERSIMULATED");
    assertThat(request.submitTime()).isEqualTo(submitTime);
    assertThat(request.test()).isEqualTo("<QuestionForm>2+2?</QuestionForm>");
    assertThat(request.answer()).isEqualTo("<QuestionFormAnswers>4</QuestionFormAnswers>");
  }

  @Test
  void list_withTypeFilter_returnsOnlyThatTypeAcrossPages() {
    List<String> typeA = submit(TYPE_A, 9);
    submit(TYPE_B, 8);

    List<String> listed = client
        .listQualificationRequestsPaginator(
            r -> r.qualificationTypeId(TYPE_A).maxResults(4))
        .stream().flatMap(page -> page.qualificationRequests().stream())
        .map(QualificationRequest::qualificationRequestId)
        .toList();

    assertThat(listed).containsExactlyInAnyOrderElementsOf(typeA);
  }

  @Test
  void list_withoutTypeFilter_returnsRequestsOfEveryType() {
    List<String> all = new ArrayList<>(submit(TYPE_A, 3));
    all.addAll(submit(TYPE_B, 3));

    List<String> listed = client.listQualificationRequestsPaginator(r -> { })
        .stream().flatMap(page -> page.qualificationRequests().stream())
        .map(QualificationRequest::qualificationRequestId)
        .toList();

    assertThat(listed).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void list_withUnknownType_isARequestError() {
    assertThatThrownBy(() -> client.listQualificationRequests(
        r -> r.qualificationTypeId("3NOSUCHTYPE")))
        .isInstanceOf(RequestErrorException.class)
        .hasMessageContaining("3NOSUCHTYPE");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 101, -1})
  void list_withMaxResultsOutOfRange_isARequestErrorNamingMaxResults(int maxResults) {
    assertThatThrownBy(() -> client.listQualificationRequests(r -> r.maxResults(maxResults)))
        .isInstanceOfSatisfying(RequestErrorException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("RequestError");
          assertThat(e.awsErrorDetails().errorMessage()).contains("MaxResults");
        });
  }

  @Test
  void list_betweenPages_neitherSkipsNorRepeatsAddedOrResolvedRequests() {
    List<String> original = submit(TYPE_A, 20);
    ListQualificationRequestsResponse first =
        client.listQualificationRequests(r -> r.maxResults(6));
    List<String> seen = new ArrayList<>(ids(first));

    simulator.resolve(original.get(2));
    simulator.resolve(original.get(10));
    List<String> added = List.of(
        simulator.submitRequest(TYPE_A, "A1LATEWORKER", BASE.plusSeconds(3600), "t", "a"),
        simulator.submitRequest(TYPE_B, "A2LATEWORKER", BASE.plusSeconds(3601), "t", "a"));
    seen.addAll(listRest(first.nextToken(), 6));

    List<String> expected = new ArrayList<>(original);
    expected.remove(original.get(10));
    expected.addAll(added);
    assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
  }

  @Test
  void list_withTokenAfterExpireIssuedTokens_isARequestErrorAboutThePaginationToken() {
    submit(TYPE_A, 15);
    String token = client.listQualificationRequests(r -> r.maxResults(5)).nextToken();

    simulator.expireIssuedTokens();

    assertThatThrownBy(() -> client.listQualificationRequests(
        r -> r.maxResults(5).nextToken(token)))
        .isInstanceOf(RequestErrorException.class)
        .hasMessageContaining("pagination token")
        .hasMessageContaining("expired");
    assertThat(client.listQualificationRequests(r -> r.maxResults(5)).nextToken()).isNotNull();
  }

  @Test
  void list_withTokenOlderThanItsLifetime_isARequestError() throws InterruptedException {
    submit(TYPE_A, 15);
    simulator.setTokenLifetime(Duration.ofMillis(50));
    String token = client.listQualificationRequests(r -> r.maxResults(5)).nextToken();

    Thread.sleep(120);

    assertThatThrownBy(() -> client.listQualificationRequests(r -> r.nextToken(token)))
        .isInstanceOf(RequestErrorException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void list_withTokenFromAnotherFilter_isARequestError() {
    submit(TYPE_A, 15);
    String token = client.listQualificationRequests(r -> r.maxResults(5)).nextToken();

    assertThatThrownBy(() -> client.listQualificationRequests(
        r -> r.qualificationTypeId(TYPE_A).nextToken(token)))
        .isInstanceOf(RequestErrorException.class)
        .hasMessageContaining("pagination token");
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "bm90IGEgdG9rZW4.AAAA", "."})
  void list_withGarbageToken_isARequestError(String token) {
    assertThatThrownBy(() -> client.listQualificationRequests(r -> r.nextToken(token)))
        .isInstanceOf(RequestErrorException.class)
        .hasMessageContaining("pagination token");
  }

  @Test
  void list_withPageSizeCap_servesShortPagesAndStillListsEverything() {
    List<String> submitted = submit(TYPE_A, 10);
    simulator.setPageSizeCap(3);

    ListQualificationRequestsResponse first =
        client.listQualificationRequests(r -> r.maxResults(10));
    List<String> all = new ArrayList<>(ids(first));
    all.addAll(listRest(first.nextToken(), 10));

    assertThat(first.numResults()).isEqualTo(3);
    assertThat(all).containsExactlyElementsOf(submitted);
  }

  @Test
  void list_fromManyThreadsAtOnce_givesEachListingEveryRequest() throws Exception {
    List<String> submitted = submit(TYPE_A, 60);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    Callable<List<String>> listing = () -> client
        .listQualificationRequestsPaginator(r -> r.maxResults(9))
        .stream().flatMap(page -> page.qualificationRequests().stream())
        .map(QualificationRequest::qualificationRequestId)
        .toList();

    List<Future<List<String>>> results = pool.invokeAll(List.of(
        listing, listing, listing, listing, listing, listing));
    pool.shutdown();

    for (Future<List<String>> result : results) {
      assertThat(result.get()).containsExactlyElementsOf(submitted);
    }
  }

  private List<String> submit(String typeId, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(simulator.submitRequest(typeId, "A" + typeId.substring(1, 8) + i,
          BASE.plusSeconds(ids.size() + (typeId.equals(TYPE_A) ? 0 : 1000)),
          "test " + i, "answer " + i));
    }
    return ids;
  }

  private List<String> listRest(String token, int maxResults) {
    List<String> ids = new ArrayList<>();
    String next = token;
    while (next != null) {
      String current = next;
      ListQualificationRequestsResponse page = client.listQualificationRequests(
          r -> r.maxResults(maxResults).nextToken(current));
      ids.addAll(ids(page));
      next = page.nextToken();
    }
    return ids;
  }

  private static List<String> ids(ListQualificationRequestsResponse page) {
    return page.qualificationRequests().stream()
        .map(QualificationRequest::qualificationRequestId)
        .toList();
  }
}
