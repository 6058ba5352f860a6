package dev.qualwatch.poll;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qualwatch.CallCounter;
import dev.qualwatch.logging.JsonLog;
import dev.qualwatch.mturk.InvalidNextTokenException;
import dev.qualwatch.mturk.ListingPage;
import dev.qualwatch.mturk.MTurkException;
import dev.qualwatch.mturk.MTurkGateway;
import dev.qualwatch.mturk.QualificationRequest;
import dev.qualwatch.notify.Digest;
import dev.qualwatch.notify.DigestMessage;
import dev.qualwatch.notify.DigestPublisher;
import dev.qualwatch.notify.NotificationException;
import dev.qualwatch.store.NotificationItem;
import dev.qualwatch.store.PendingRequest;
import dev.qualwatch.store.PollState;
import dev.qualwatch.store.PollState.TypeState;
import dev.qualwatch.store.RequestStore;
import dev.qualwatch.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.mturk.MTurkClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * One poll: list every configured type to its last page, claim what is new, resolve what complete
 * listings no longer return, notify, save the poll state, log one line.
 *
 * <p>Failures do not stop the saving: a listing that fails leaves its type unresolved (an
 * incomplete listing proves nothing), yet what was claimed is still notified and the state saved;
 * the first failure is thrown at the end.
 */
final class PollRun {
  private final PollConfig config;
  private final Clock clock;
  private final LongSupplier remainingMillis;
  private final Duration margin;
  private final Digest digest;
  private final Writers writers;
  private final CallCounter calls = new CallCounter();
  private final Instant start;
  private final long startNanos = System.nanoTime();
  private final Instant leaseUntil;

  /** Every request listed this run, by id; a request on two pages is kept once. */
  private final Map<String, QualificationRequest> listed = new LinkedHashMap<>();
  /** Types whose listing reached its last page; {@code null} stands for the unfiltered listing. */
  private final Set<String> completeListings = new HashSet<>();
  private final List<NotificationItem> claimed = new ArrayList<>();
  private int pages;
  private int notified;
  private int resolved;
  private boolean stoppedForDeadline;
  private RuntimeException failure;

  PollRun(PollConfig config, Clock clock, LongSupplier remainingMillis, Duration margin,
      Digest digest, Writers writers) {
    this.config = config;
    this.clock = clock;
    this.remainingMillis = remainingMillis;
    this.margin = margin;
    this.digest = digest;
    this.writers = writers;
    this.start = clock.instant();
    this.leaseUntil = start.plusMillis(Math.max(0, remainingMillis.getAsLong()));
  }

  PollResult execute(MTurkClient mturkClient, DynamoDbClient dynamoDb, SnsClient sns,
      JsonLog log, String functionName) {
    MTurkGateway mturk = MTurkGateway.create(mturkClient, calls);
    RequestStore store = RequestStore.create(dynamoDb, config.tableName(), calls);
    DigestPublisher publisher = DigestPublisher.create(sns, config.topicArn(), calls);

    listAll(mturk, store, log);
    attempt(() -> resolve(store));
    attempt(() -> notify(store, publisher));
    attempt(() -> saveState(store));

    PollResult result = result();
    RunLog.write(log, result, failure, functionName, config);
    if (failure != null) {
      throw new PollFailedException("The poll stopped early: " + failure.getMessage()
          + ". New requests found so far are stored and will be notified.", result, failure);
    }
    return result;
  }

  private void listAll(MTurkGateway mturk, RequestStore store, JsonLog log) {
    List<String> listings = config.qualificationTypeIds().isEmpty()
        ? Collections.singletonList(null)
        : config.qualificationTypeIds();
    for (String typeId : listings) {
      if (stoppedForDeadline || (failure != null && !isRefusal(failure))) {
        return;
      }
      attempt(() -> {
        if (list(typeId, mturk, store, log)) {
          completeListings.add(typeId);
        }
      });
    }
  }

  /** MTurk refused one type's listing (say, a type id not owned): the other types go on. */
  private static boolean isRefusal(RuntimeException failure) {
    return failure instanceof MTurkException mturk && mturk.isRefusal();
  }

  /** Lists one type (or all) to the last page; {@code false} when the deadline stopped it. */
  private boolean list(String typeId, MTurkGateway mturk, RequestStore store, JsonLog log) {
    String token = null;
    boolean restarted = false;
    while (true) {
      if (remainingMillis.getAsLong() < margin.toMillis()) {
        stoppedForDeadline = true;
        return false;
      }
      ListingPage page;
      try {
        page = mturk.listPage(typeId, token);
      } catch (InvalidNextTokenException e) {
        if (restarted) {
          throw e;
        }
        restarted = true;
        token = null;
        log.warn("MTurk rejected a NextToken; restarting the listing of "
            + (typeId == null ? "all types" : "type " + typeId) + " once");
        continue;
      }
      pages++;
      claimNew(page.requests(), store);
      if (page.isLast()) {
        return true;
      }
      token = page.nextToken();
    }
  }

  private void claimNew(List<QualificationRequest> page, RequestStore store) {
    List<QualificationRequest> unseen = new ArrayList<>();
    for (QualificationRequest request : page) {
      if (listed.putIfAbsent(request.qualificationRequestId(), request) == null) {
        unseen.add(request);
      }
    }
    if (unseen.isEmpty()) {
      return;
    }
    Set<String> stored = store.findStored(
        unseen.stream().map(QualificationRequest::qualificationRequestId).toList());
    Instant now = clock.instant();
    List<QualificationRequest> fresh = unseen.stream()
        .filter(request -> !stored.contains(request.qualificationRequestId()))
        .toList();
    List<Boolean> won = writers.map(fresh, request -> store.claim(request, now, leaseUntil));
    for (int i = 0; i < fresh.size(); i++) {
      QualificationRequest request = fresh.get(i);
      if (won.get(i)) {
        claimed.add(new NotificationItem(request.qualificationRequestId(),
            request.qualificationTypeId(), request.workerId(), request.submitTime(), now));
      }
    }
  }

  /**
   * Marks resolved each pending request that a complete listing of its type did not return.
   * Requests first seen after this run began are left alone: an overlapping run may have stored
   * one that this run's listing, already past it, could not see.
   */
  private void resolve(RequestStore store) {
    if (completeListings.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    for (PendingRequest pending : store.pendingRequests()) {
      if (covers(pending.qualificationTypeId())
          && pending.firstSeenAt().isBefore(start)
          && !listed.containsKey(pending.qualificationRequestId())
          && store.markResolved(pending.qualificationRequestId(), now)) {
        resolved++;
      }
    }
  }

  /** Publishes this run's new requests and those earlier runs stored but did not notify. */
  private void notify(RequestStore store, DigestPublisher publisher) {
    Set<String> mine = claimed.stream()
        .map(NotificationItem::qualificationRequestId)
        .collect(Collectors.toSet());
    List<NotificationItem> toSend = new ArrayList<>(claimed);
    toSend.addAll(store.claimUnnotified(clock.instant(), leaseUntil, mine));

    Set<String> sent = new HashSet<>();
    for (DigestMessage message : digest.messages(toSend)) {
      try {
        publisher.publish(message);
      } catch (NotificationException e) {
        store.releaseLeases(toSend.stream()
            .map(NotificationItem::qualificationRequestId)
            .filter(id -> !sent.contains(id))
            .toList(), leaseUntil);
        throw e;
      }
      Instant now = clock.instant();
      writers.forEach(message.qualificationRequestIds(), id -> store.markNotified(id, now));
      sent.addAll(message.qualificationRequestIds());
      notified += message.count();
    }
  }

  /**
   * Saves what the complete listings found per type. After an unfiltered listing every type known
   * before starts from zero, so that a type with nothing pending any more shows zero.
   */
  private void saveState(RequestStore store) {
    if (completeListings.isEmpty() && failure != null) {
      return;
    }
    Instant now = clock.instant();
    PollState previous = store.readPollState();
    Map<String, TypeState> types = new HashMap<>();
    Set<String> listedTypes = completeListings.contains(null)
        ? previous.types().keySet()
        : completeListings;
    listedTypes.forEach(typeId -> types.put(typeId, new TypeState(0, null, now)));
    for (QualificationRequest request : listed.values()) {
      if (covers(request.qualificationTypeId())) {
        types.merge(request.qualificationTypeId(),
            new TypeState(1, request.submitTime(), now), PollRun::add);
      }
    }
    store.writePollState(previous.merge(types, complete() ? now : null));
  }

  private static TypeState add(TypeState counted, TypeState one) {
    Instant newest = counted.newestSubmitTime() == null
        || one.newestSubmitTime().isAfter(counted.newestSubmitTime())
        ? one.newestSubmitTime() : counted.newestSubmitTime();
    return new TypeState(counted.pendingCount() + one.pendingCount(), newest, one.lastListedAt());
  }

  /** Whether a complete listing covered {@code typeId}: its own, or the unfiltered one. */
  private boolean covers(String typeId) {
    return completeListings.contains(null) || completeListings.contains(typeId);
  }

  /** Every configured listing reached its last page and nothing failed. */
  private boolean complete() {
    return !stoppedForDeadline && failure == null;
  }

  private void attempt(Runnable step) {
    try {
      step.run();
    } catch (MTurkException | StoreException | NotificationException e) {
      if (failure == null) {
        failure = e;
      }
    }
  }

  private PollResult result() {
    return new PollResult(listed.size(), claimed.size(), notified, resolved, pages,
        calls.perService(), calls.perOperation(), complete(),
        (System.nanoTime() - startNanos) / 1_000_000);
  }

  /** The run's one log line, with the heartbeat metric in CloudWatch's embedded metric format. */
  static final class RunLog {
    static final String NAMESPACE = "qualwatch";
    static final String HEARTBEAT_METRIC = "SuccessfulPolls";

    private RunLog() {}

    static void write(JsonLog log, PollResult result, RuntimeException failure,
        String functionName, PollConfig config) {
      ObjectNode line = log.line(failure == null ? "poll finished" : "poll failed");
      line.put("listed", result.listed());
      line.put("new", result.newRequests());
      line.put("notified", result.notified());
      line.put("resolved", result.resolved());
      line.put("pages", result.pages());
      line.put("complete", result.complete());
      line.put("millis", result.millis());
      line.put("mturkEnvironment", config.mturkEnvironment().toString());
      line.putPOJO("calls", result.calls());
      line.putPOJO("operations", result.operations());
      if (failure != null) {
        line.put("error", failure.getClass().getSimpleName());
        line.put("errorMessage", failure.getMessage());
      }
      line.put("FunctionName", functionName);
      line.put(HEARTBEAT_METRIC, result.complete() ? 1 : 0);
      line.put("NewRequests", result.newRequests());
      ObjectNode aws = line.putObject("_aws");
      aws.put("Timestamp", System.currentTimeMillis());
      ObjectNode metrics = aws.putArray("CloudWatchMetrics").addObject();
      metrics.put("Namespace", NAMESPACE);
      metrics.putArray("Dimensions").addArray().add("FunctionName");
      ArrayNode names = metrics.putArray("Metrics");
      names.addObject().put("Name", HEARTBEAT_METRIC).put("Unit", "Count");
      names.addObject().put("Name", "NewRequests").put("Unit", "Count");
      log.write(failure == null ? JsonLog.Level.INFO : JsonLog.Level.ERROR, line);
    }
  }
}
