package dev.qualwatch.it.poll;

import static dev.qualwatch.it.poll.PollFixture.notifiedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.qualwatch.CallCounter;
import dev.qualwatch.mturk.QualificationRequest;
import dev.qualwatch.poll.PollConfig;
import dev.qualwatch.poll.PollFailedException;
import dev.qualwatch.poll.PollResult;
import dev.qualwatch.poll.Poller;
import dev.qualwatch.simulator.Fault;
import dev.qualwatch.simulator.SimulatedRequest;
import dev.qualwatch.store.RequestStore;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The poller's scenarios, end to end over HTTP: the real SDK clients against the MTurk simulator
 * and an AWS stand-in, moto_server ({@link PollerMotoTest}) or LocalStack ({@link
 * PollerLocalStackTest}, where a Docker engine answers).
 */
abstract class PollerScenarios {
  private static final long AMPLE_MILLIS = 600_000;
  private static final Instant SUBMITTED = Instant.parse("2026-12-01T08:00:00Z");

  private PollFixture world;

  /** Where DynamoDB, SNS and SQS answer. */
  abstract URI awsEndpoint();

  @BeforeEach
  void createWorld() {
    world = new PollFixture(awsEndpoint());
  }

  @AfterEach
  void closeWorld() {
    world.close();
  }

  @Test
  void firstRunStoresAndNotifiesEveryRequestOverSeveralPagesAndTypes() throws Exception {
    submit("3TYPEAAAA", 250);
    submit("3TYPEBBBB", 120);
    submit("3TYPECCCC", 3);

    PollResult result = poll(world.config("3TYPEAAAA", "3TYPEBBBB", "3TYPECCCC"));

    assertEquals(373, result.listed());
    assertEquals(373, result.newRequests());
    assertEquals(373, result.notified());
    assertEquals(3 + 2 + 1, result.pages());
    assertTrue(result.complete());
    assertEquals(6, result.operations().get("mturk:ListQualificationRequests"));
    assertEquals(6, result.operations().get("dynamodb:BatchGetItem"));
    assertEquals(6, world.mturk.calls("ListQualificationRequests"));
    List<String> ids = notifiedIds(world.receivedDigests());
    assertEquals(373, ids.size());
    assertEquals(373, new HashSet<>(ids).size());
    assertEquals(373 + 1, world.storedCount(), "every request plus the poll-state item");
  }

  @Test
  void storesEveryFieldMTurkReturnsWithSortableTimes() {
    String id = world.mturk.submitRequest("3TYPEAAAA", "A1WORKER",
        Instant.parse("2026-12-01T08:00:00.250Z"), "<QuestionForm/>", "<Answers>42</Answers>");

    poll(world.config());

    Map<String, AttributeValue> item = world.storedItem(id);
    assertEquals("3TYPEAAAA", item.get("qualificationTypeId").s());
    assertEquals("A1WORKER", item.get("workerId").s());
    assertEquals("2026-12-01T08:00:00.250Z", item.get("submitTime").s());
    assertEquals("<QuestionForm/>", item.get("test").s());
    assertEquals("<Answers>42</Answers>", item.get("answer").s());
    assertEquals("2026-12-03T12:00:00.000Z", item.get("firstSeenAt").s());
    assertEquals("pending", item.get("status").s());
    assertNotNull(item.get("notifiedAt"));
    assertNull(item.get("notificationPending"), "a notified request no longer waits");
  }

  @Test
  void secondRunWithNothingNewWritesNothingAndPublishesNothing() throws Exception {
    submit("3TYPEAAAA", 150);
    poll(world.config("3TYPEAAAA"));
    world.receivedDigests();
    world.clock.advance(Duration.ofMinutes(5));

    PollResult second = poll(world.config("3TYPEAAAA"));

    assertEquals(150, second.listed());
    assertEquals(0, second.newRequests());
    assertEquals(0, second.notified());
    assertEquals(2, second.operations().get("dynamodb:BatchGetItem"));
    assertEquals(1, second.operations().get("dynamodb:PutItem"), "only the poll-state item");
    assertNull(second.operations().get("dynamodb:UpdateItem"));
    assertNull(second.operations().get("sns:Publish"));
    assertTrue(world.receivedDigests().isEmpty());
  }

  @Test
  void notifiesOnlyTheRequestsThatArrivedBetweenRuns() throws Exception {
    submit("3TYPEAAAA", 30);
    poll(world.config());
    world.receivedDigests();
    world.clock.advance(Duration.ofMinutes(5));
    List<String> late = submit("3TYPEAAAA", 4);

    PollResult second = poll(world.config());

    assertEquals(4, second.newRequests());
    assertEquals(late, notifiedIds(world.receivedDigests()));
  }

  @Test
  void unfilteredListingCoversEveryType() throws Exception {
    submit("3TYPEAAAA", 3);
    submit("3TYPEBBBB", 2);

    PollResult result = poll(world.config());

    assertEquals(5, result.newRequests());
    JsonNode digest = world.receivedDigests().get(0);
    assertEquals("[\"3TYPEAAAA\",\"3TYPEBBBB\"]", digest.get("qualificationTypeIds").toString());
  }

  @Test
  void retriesThrottlingAndServiceFaultsInTheMiddleOfAListing() throws Exception {
    submit("3TYPEAAAA", 450);
    world.mturk.failAfter("ListQualificationRequests", 2, Fault.THROTTLING, 2);

    PollResult throttled = poll(world.config("3TYPEAAAA"));

    assertEquals(450, throttled.newRequests());
    assertEquals(5, throttled.pages());
    assertEquals(5 + 2, world.mturk.calls("ListQualificationRequests"));
    submit("3TYPEAAAA", 10);
    world.mturk.resetCounters();
    world.mturk.failAfter("ListQualificationRequests", 1, Fault.SERVICE_FAULT, 3);
    world.clock.advance(Duration.ofMinutes(5));

    PollResult faulted = poll(world.config("3TYPEAAAA"));

    assertEquals(10, faulted.newRequests());
    assertEquals(5 + 3, world.mturk.calls("ListQualificationRequests"));
    assertEquals(460, new HashSet<>(notifiedIds(world.receivedDigests())).size());
  }

  @Test
  void aListingThatFailsForGoodSavesWhatItFoundAndThrows() throws Exception {
    submit("3TYPEAAAA", 250);
    world.mturk.failAfter("ListQualificationRequests", 1, Fault.SERVICE_FAULT, 100);

    PollFailedException e = assertThrows(PollFailedException.class,
        () -> poll(world.config("3TYPEAAAA")));

    assertEquals(100, e.result().newRequests(), "the first page was stored");
    assertEquals(100, e.result().notified(), "and notified");
    assertFalse(e.result().complete());
    assertTrue(e.getMessage().contains("ListQualificationRequests"), e.getMessage());
    world.mturk.failAfter("ListQualificationRequests", 0, Fault.SERVICE_FAULT, 0);
    world.clock.advance(Duration.ofMinutes(5));
    PollResult next = poll(world.config("3TYPEAAAA"));
    assertEquals(150, next.newRequests());
    List<String> ids = notifiedIds(world.receivedDigests());
    assertEquals(250, ids.size());
    assertEquals(250, new HashSet<>(ids).size());
  }

  @Test
  void aTypeMTurkRefusesFailsTheRunNamingItWhileTheOtherTypesAreStillPolled() throws Exception {
    submit("3TYPEAAAA", 120);

    PollFailedException e = assertThrows(PollFailedException.class,
        () -> poll(world.config("3NOTMYTYPEXX", "3TYPEAAAA")));

    assertTrue(e.getMessage().contains("qualification type 3NOTMYTYPEXX"), e.getMessage());
    assertEquals(120, e.result().newRequests());
    assertEquals(120, e.result().notified());
    assertEquals(120, notifiedIds(world.receivedDigests()).size());
  }

  @Test
  void restartsAListingOnceWhenItsNextTokenExpired() throws Exception {
    submit("3TYPEAAAA", 250);
    AtomicInteger listCalls = new AtomicInteger();
    ExecutionInterceptor expireBeforeSecondPage = new ExecutionInterceptor() {
      @Override
      public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attrs) {
        if (listCalls.incrementAndGet() == 2) {
          world.mturk.expireIssuedTokens();
        }
      }
    };
    Poller poller = world.poller(world.config("3TYPEAAAA"), expireBeforeSecondPage);

    PollResult result = poller.poll(() -> AMPLE_MILLIS);

    assertEquals(250, result.listed());
    assertEquals(250, result.newRequests());
    assertEquals(1 + 3, result.pages(), "one page before the restart, three after");
    assertEquals(250, new HashSet<>(notifiedIds(world.receivedDigests())).size());
  }

  @Test
  void aTokenRejectedAgainAfterTheRestartFailsTheRun() {
    submit("3TYPEAAAA", 250);
    ExecutionInterceptor expireAlways = new ExecutionInterceptor() {
      @Override
      public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attrs) {
        world.mturk.expireIssuedTokens();
      }
    };
    Poller poller = world.poller(world.config("3TYPEAAAA"), expireAlways);

    PollFailedException e =
        assertThrows(PollFailedException.class, () -> poller.poll(() -> AMPLE_MILLIS));

    assertEquals(100, e.result().newRequests());
    assertTrue(e.getMessage().contains("NextToken"), e.getMessage());
  }

  @Test
  void snsFailingLosesNothingAndALaterRunNotifiesWithoutDuplicates() throws Exception {
    List<String> ids = submit("3TYPEAAAA", 12);
    PollConfig broken = new PollConfig(world.tableName,
        world.topicArn + "-deleted", List.of(), world.config().mturkEnvironment());

    PollFailedException e = assertThrows(PollFailedException.class, () -> poll(broken));

    assertEquals(12, e.result().newRequests());
    assertEquals(0, e.result().notified());
    assertEquals(12 + 1, world.storedCount(), "stored although SNS failed");
    world.clock.advance(Duration.ofMinutes(5));

    PollResult retry = poll(world.config());

    assertEquals(0, retry.newRequests());
    assertEquals(12, retry.notified());
    world.clock.advance(Duration.ofMinutes(5));
    assertEquals(0, poll(world.config()).notified(), "notified once only");
    assertEquals(ids, notifiedIds(world.receivedDigests()));
  }

  @Test
  void aRunThatDiedAfterClaimingIsNotifiedOnceItsLeaseRunsOut() throws Exception {
    submit("3TYPEAAAA", 5);
    Poller dying = Poller.create(new PollConfig(world.tableName,
        world.topicArn + "-unreachable", List.of(), world.config().mturkEnvironment()),
        PollFixture.mturkClient(world.mturk.endpoint()), world.dynamoDb, world.sns, world.clock);
    assertThrows(PollFailedException.class, () -> dying.poll(() -> AMPLE_MILLIS));

    PollResult next = poll(world.config());

    assertEquals(5, next.notified(), "a failed publish hands its leases back at once");
    assertEquals(5, notifiedIds(world.receivedDigests()).size());
  }

  @Test
  void aRunThatTimedOutBeforeNotifyingIsNotifiedByTheFirstRunAfterItsLease() throws Exception {
    List<String> ids = submit("3TYPEAAAA", 3);
    RequestStore dead = RequestStore.create(world.dynamoDb, world.tableName, new CallCounter());
    Instant claimedAt = world.clock.instant();
    for (SimulatedRequest request : world.mturk.pendingRequests()) {
      dead.claim(new QualificationRequest(request.qualificationRequestId(),
          request.qualificationTypeId(), request.workerId(), request.submitTime(),
          request.test(), request.answer()), claimedAt, claimedAt.plus(Duration.ofMinutes(3)));
    }
    world.clock.advance(Duration.ofMinutes(1));

    PollResult duringLease = poll(world.config());

    assertEquals(0, duringLease.newRequests());
    assertEquals(0, duringLease.notified(), "the lease still belongs to the run that died");
    world.clock.advance(Duration.ofMinutes(5));

    PollResult afterLease = poll(world.config());

    assertEquals(3, afterLease.notified());
    assertEquals(ids, notifiedIds(world.receivedDigests()));
  }

  @Test
  void twoOverlappingRunsNeverClaimOrNotifyTheSameRequestTwice() throws Exception {
    List<String> ids = submit("3TYPEAAAA", 300);
    Poller first = world.poller(world.config("3TYPEAAAA"));
    Poller second = world.poller(world.config("3TYPEAAAA"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Callable<PollResult>> runs = List.of(
        () -> first.poll(() -> AMPLE_MILLIS), () -> second.poll(() -> AMPLE_MILLIS));

    List<PollResult> results = new ArrayList<>();
    for (Future<PollResult> run : pool.invokeAll(runs)) {
      results.add(run.get());
    }
    pool.shutdown();

    assertEquals(300, results.get(0).newRequests() + results.get(1).newRequests());
    List<String> notified = notifiedIds(world.receivedDigests());
    assertEquals(300, notified.size(), "no request notified twice");
    assertEquals(new HashSet<>(ids), new HashSet<>(notified));
  }

  @Test
  void marksResolvedWhatACompleteListingNoLongerReturns() {
    List<String> ids = submit("3TYPEAAAA", 3);
    List<String> other = submit("3TYPEBBBB", 2);
    poll(world.config("3TYPEAAAA", "3TYPEBBBB"));
    world.mturk.resolve(ids.get(1));
    world.mturk.resolve(other.get(0));
    world.clock.advance(Duration.ofMinutes(5));

    PollResult result = poll(world.config("3TYPEAAAA"));

    assertEquals(1, result.resolved(), "only the listed type is judged");
    assertEquals("resolved", world.storedItem(ids.get(1)).get("status").s());
    assertEquals("2026-12-03T12:05:00.000Z", world.storedItem(ids.get(1)).get("resolvedAt").s());
    assertEquals("pending", world.storedItem(ids.get(0)).get("status").s());
    assertEquals("pending", world.storedItem(other.get(0)).get("status").s());
  }

  @Test
  void neverJudgesResolutionFromAnIncompleteListing() {
    List<String> ids = submit("3TYPEAAAA", 250);
    poll(world.config("3TYPEAAAA"));
    world.mturk.resolve(ids.get(0));
    world.clock.advance(Duration.ofMinutes(5));
    AtomicInteger checks = new AtomicInteger();
    long margin = Poller.LISTING_MARGIN.toMillis();

    PollResult partial = world.poller(world.config("3TYPEAAAA"))
        .poll(() -> checks.incrementAndGet() <= 3 ? AMPLE_MILLIS : margin - 1);

    assertFalse(partial.complete());
    assertEquals(2, partial.pages(), "stopped listing before the deadline margin");
    assertEquals(0, partial.resolved());
    assertEquals("pending", world.storedItem(ids.get(0)).get("status").s());
  }

  @Test
  void splitsADigestTooBigForOneSnsMessage() throws Exception {
    submit("3TYPEAAAA", 1_800);

    PollResult result = poll(world.config("3TYPEAAAA"));

    List<JsonNode> digests = world.receivedDigests();
    assertTrue(digests.size() > 1, "expected several messages, got " + digests.size());
    assertEquals(1_800, result.notified());
    assertEquals(digests.size(), result.operations().get("sns:Publish"));
    Set<String> ids = new HashSet<>(notifiedIds(digests));
    assertEquals(1_800, ids.size());
    assertEquals(1_800, notifiedIds(digests).size());
  }

  private PollResult poll(PollConfig config) {
    return world.poller(config).poll(() -> AMPLE_MILLIS);
  }

  private List<String> submit(String typeId, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(world.mturk.submitRequest(typeId, String.format("A%013dW", i),
          SUBMITTED.plusSeconds(i), "<QuestionForm/>", "<Answers>" + i + "</Answers>"));
    }
    return ids;
  }
}
