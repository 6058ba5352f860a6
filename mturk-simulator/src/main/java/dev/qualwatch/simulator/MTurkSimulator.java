package dev.qualwatch.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Amazon Mechanical Turk's requester API, for tests, local runs and
 * benchmarks. It speaks MTurk's own wire protocol (AWS JSON 1.1 on {@code POST /}), so the AWS
 * SDKs and the AWS CLI talk to it unchanged through an endpoint override:
 *
 * <pre>{@code
 * try (MTurkSimulator mturk = MTurkSimulator.start(0)) {
 *     mturk.submitRequest("3TYPE", "A1WORKER", Instant.now(), "<QuestionForm/>", "<Answers/>");
 *     MTurkClient client = MTurkClient.builder().endpointOverride(mturk.endpoint())...build();
 * }
 * }</pre>
 *
 * <p>It implements ListQualificationRequests, ListQualificationTypes, AcceptQualificationRequest
 * and RejectQualificationRequest. Listings are ordered by submit (or creation) time, then id, and
 * their NextToken cursors stay correct while requests are submitted and resolved between pages.
 * Fault switches inject throttling and service faults; counters record the calls received.
 * Signatures and credentials are not checked. All methods are safe to call from any thread.
 */
public final class MTurkSimulator implements AutoCloseable {

  /*
   * The JDK server writes headers and body separately; with Nagle's algorithm on, each answer
   * then waits about 40 ms for a delayed ACK (a 200-page listing took 11 s instead of 1 s).
   * The JDK reads this property once, when its first HttpServer is made, so it has no effect
   * when something else in the JVM started an HttpServer before the simulator class loaded.
   */
  static {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final RequestStore store = new RequestStore();
  private final PageTokens tokens = new PageTokens(Clock.systemUTC());
  private final FaultSwitches faults = new FaultSwitches();
  private final CallCounters counters = new CallCounters();
  private final RequestIds ids = new RequestIds();
  private final AtomicInteger pageSizeCap = new AtomicInteger(Inputs.MAX_RESULTS);

  private MTurkSimulator(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts a simulator on the loopback interface.
   *
   * @param port the port to listen on, or 0 for a free one (see {@link #endpoint()})
   * @return the running simulator; close it to stop the server
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static MTurkSimulator start(int port) {
    HttpServer server;
    try {
      server = HttpServer.create(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("MTurk simulator could not listen on port " + port
          + "; pass 0 to pick a free port", e);
    }
    ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "mturk-simulator");
      thread.setDaemon(true);
      return thread;
    });
    MTurkSimulator simulator = new MTurkSimulator(server, executor);
    server.createContext("/", simulator.protocolHandler());
    server.setExecutor(executor);
    server.start();
    return simulator;
  }

  private ProtocolHandler protocolHandler() {
    List<Operation> operations = List.of(
        new ListQualificationRequests(store, tokens, pageSizeCap),
        new ListQualificationTypes(store, tokens, pageSizeCap),
        ResolveQualificationRequest.accept(store),
        ResolveQualificationRequest.reject(store));
    return new ProtocolHandler(operations, counters, faults);
  }

  /** The base URI for an SDK client's {@code endpointOverride}: http://127.0.0.1:PORT. */
  public URI endpoint() {
    return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
        + server.getAddress().getPort());
  }

  /** Stops the server at once; calls in flight are cut off. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /**
   * Adds a qualification type owned by the caller, requestable and active, or renames an
   * existing one. Requests may also name a type that was never added: it is then created with
   * its id as its name.
   */
  public void addQualificationType(String qualificationTypeId, String name) {
    Objects.requireNonNull(qualificationTypeId, "qualificationTypeId");
    Objects.requireNonNull(name, "name");
    store.addOrRenameType(qualificationTypeId, name);
  }

  /**
   * Records a Worker's new pending qualification request.
   *
   * @param test the test shown to the Worker, or {@code null}
   * @param answer the Worker's answers, or {@code null}
   * @return the new request's id: 30 upper-case letters and digits, as MTurk's look
   */
  public String submitRequest(String qualificationTypeId, String workerId, Instant submitTime,
      String test, String answer) {
    String id = ids.next();
    while (store.contains(id)) {
      id = ids.next();
    }
    addRequest(new SimulatedRequest(id, qualificationTypeId, workerId, submitTime, test,
        answer));
    return id;
  }

  /**
   * Adds a pending request with an id of the caller's choosing.
   *
   * @throws IllegalArgumentException when a pending request already has that id
   */
  public void addRequest(SimulatedRequest request) {
    store.add(Objects.requireNonNull(request, "request"));
  }

  /**
   * Takes a request out of the pending listing, as if it was accepted or rejected elsewhere
   * (on the MTurk website, or by another poller).
   *
   * @throws IllegalArgumentException when no pending request has that id
   */
  public void resolve(String qualificationRequestId) {
    if (!store.remove(qualificationRequestId)) {
      throw new IllegalArgumentException("No pending qualification request has id "
          + qualificationRequestId + "; see pendingRequests() for the ones there are");
    }
  }

  /** The pending requests in listing order: submit time, then id. */
  public List<SimulatedRequest> pendingRequests() {
    return store.pendingRequests();
  }

  /** The next {@code calls} calls of any operation get a throttling error; 0 disarms. */
  public void throttleNext(int calls) {
    faults.throttleNext(calls);
  }

  /** The next {@code calls} calls of any operation get HTTP 500 ServiceFault; 0 disarms. */
  public void failNext(int calls) {
    faults.failNext(calls);
  }

  /**
   * Lets {@code successfulCalls} further calls of {@code operation} through, then answers the
   * following {@code times} calls of it with {@code fault}, e.g. to fail a listing on page 3.
   * Replaces an earlier rule for the same operation; {@code times} 0 removes it. Calls faulted
   * by {@link #throttleNext} or {@link #failNext} do not count as let through.
   */
  public void failAfter(String operation, int successfulCalls, Fault fault, int times) {
    faults.failAfter(Objects.requireNonNull(operation, "operation"), successfulCalls,
        Objects.requireNonNull(fault, "fault"), times);
  }

  /** Makes every NextToken issued so far invalid; later tokens are unaffected. */
  public void expireIssuedTokens() {
    tokens.expireAll();
  }

  /** How long a NextToken stays valid after it is issued; 15 minutes unless set. */
  public void setTokenLifetime(Duration lifetime) {
    tokens.setLifetime(Objects.requireNonNull(lifetime, "lifetime"));
  }

  /**
   * Serves at most {@code cap} items per page whatever MaxResults asks for, as a service may;
   * 100 (the largest MaxResults) lifts the cap.
   */
  public void setPageSizeCap(int cap) {
    if (cap < Inputs.MIN_RESULTS || cap > Inputs.MAX_RESULTS) {
      throw new IllegalArgumentException("Page size cap must be between "
          + Inputs.MIN_RESULTS + " and " + Inputs.MAX_RESULTS + ", was " + cap);
    }
    pageSizeCap.set(cap);
  }

  /** Calls received for an operation, such as "ListQualificationRequests", faulted included. */
  public int calls(String operation) {
    return counters.calls(operation);
  }

  /** Calls received for all operations together, faulted included. */
  public int totalCalls() {
    return counters.total();
  }

  /** Sets every call counter back to zero. */
  public void resetCounters() {
    counters.reset();
  }

  /**
   * Seeds three requestable qualification types, one system type, and a dozen pending requests
   * with short tests and answers, submitted over the last few hours.
   */
  public static void seedDemo(MTurkSimulator simulator) {
    DemoData.seedDemo(simulator);
  }

  /**
   * Seeds {@code requests} pending requests spread evenly over {@code types} new qualification
   * types, for load tests and benchmarks.
   */
  public static void seedRequests(MTurkSimulator simulator, int requests, int types) {
    DemoData.seedBulk(simulator, requests, types);
  }

  void putType(QualificationTypeEntry type) {
    store.putType(type);
  }
}
