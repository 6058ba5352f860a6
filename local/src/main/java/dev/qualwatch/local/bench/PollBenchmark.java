package dev.qualwatch.local.bench;

import dev.qualwatch.config.Env;
import dev.qualwatch.local.LocalClients;
import dev.qualwatch.local.MotoServer;
import dev.qualwatch.local.TemplateResources;
import dev.qualwatch.poll.PollConfig;
import dev.qualwatch.poll.PollResult;
import dev.qualwatch.poll.Poller;
import dev.qualwatch.simulator.MTurkSimulator;
import dev.qualwatch.simulator.SimulatedRequest;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.mturk.MTurkClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The poll benchmark ({@code ./local-run --benchmark}): 10,000 pending requests over 5
 * qualification types in the MTurk simulator, polled twice in this JVM against moto_server. The
 * first run finds everything new, the second nothing. For each run it prints the wall time and
 * the calls per service and operation beside the floor the poller must reach: per type
 * {@code ceil(n/100)} ListQualificationRequests calls, no more BatchGetItem calls than list
 * calls, and on the second run no PutItem and no Publish.
 *
 * <p>Options: {@code --requests N} and {@code --types N} change the data set.
 */
public final class PollBenchmark {
  static final int DEFAULT_REQUESTS = 10_000;
  static final int DEFAULT_TYPES = 5;
  /** A generous Lambda deadline, so that the run is never cut short by the listing margin. */
  static final Duration DEADLINE = Duration.ofMinutes(15);

  private final int requests;
  private final int types;
  private final PrintStream out;

  PollBenchmark(int requests, int types, PrintStream out) {
    this.requests = requests;
    this.types = types;
    this.out = out;
  }

  public static void main(String[] args) {
    int requests = DEFAULT_REQUESTS;
    int types = DEFAULT_TYPES;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--requests" -> requests = Integer.parseInt(args[i + 1]);
        case "--types" -> types = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown argument '" + args[i]
            + "'; the benchmark takes --requests N and --types N");
      }
    }
    boolean atFloor = new PollBenchmark(requests, types, System.out).run();
    System.exit(atFloor ? 0 : 1);
  }

  /** Runs both polls and prints their tables; true when every line is at or below its floor. */
  boolean run() {
    OperationCounter mturkCalls = new OperationCounter();
    OperationCounter dynamoDbCalls = new OperationCounter();
    OperationCounter snsCalls = new OperationCounter();
    try (MotoServer moto = MotoServer.start();
        MTurkSimulator simulator = MTurkSimulator.start(0);
        MTurkClient mturk = LocalClients.mturk(simulator.endpoint(), mturkCalls);
        DynamoDbClient dynamoDb = LocalClients.dynamoDb(moto.endpoint(), dynamoDbCalls);
        SnsClient sns = LocalClients.sns(moto.endpoint(), snsCalls)) {
      MTurkSimulator.seedRequests(simulator, requests, types);
      Map<String, Long> perType = simulator.pendingRequests().stream()
          .collect(Collectors.groupingBy(SimulatedRequest::qualificationTypeId, TreeMap::new,
              Collectors.counting()));
      Poller poller = poller(perType, mturk, dynamoDb, sns);
      Counters counters = new Counters(mturkCalls, dynamoDbCalls, snsCalls, simulator);
      printIntro(moto, simulator, perType);

      boolean first = runOnce(1, poller, counters, new Floor(perType, true));
      boolean second = runOnce(2, poller, counters, new Floor(perType, false));
      out.println(first && second ? "All lines at or below the floor."
          : "Some lines are ABOVE FLOOR; see above.");
      return first && second;
    }
  }

  private Poller poller(Map<String, Long> perType, MTurkClient mturk, DynamoDbClient dynamoDb,
      SnsClient sns) {
    TemplateResources template = TemplateResources.read();
    template.createTable(dynamoDb, "qualwatch-benchmark");
    String topicArn = template.createTopic(sns, "qualwatch-benchmark");
    PollConfig config = PollConfig.from(Env.of(Map.of(
        "TABLE_NAME", "qualwatch-benchmark",
        "TOPIC_ARN", topicArn,
        "QUALIFICATION_TYPE_IDS", String.join(",", perType.keySet()),
        "MTURK_ENVIRONMENT", "sandbox")));
    return Poller.create(config, mturk, dynamoDb, sns, Clock.systemUTC());
  }

  private void printIntro(MotoServer moto, MTurkSimulator simulator, Map<String, Long> perType) {
    out.println("qualwatch poll benchmark: " + requests + " pending requests over " + types
        + " qualification types, polled twice in one JVM");
    out.println("  MTurk simulator " + simulator.endpoint() + ", moto_server " + moto.endpoint()
        + ", Lambda deadline " + DEADLINE.toMinutes() + " min");
    perType.forEach((type, count) -> out.println("  " + type + "  " + count + " requests"));
    out.println("Columns: CLIENT = calls an SDK interceptor counted, SERVER = calls the MTurk "
        + "simulator received, POLLER = the poll result's own count.");
  }

  private boolean runOnce(int number, Poller poller, Counters counters, Floor floor) {
    counters.reset();
    long deadline = System.currentTimeMillis() + DEADLINE.toMillis();
    long started = System.nanoTime();

    PollResult result = poller.poll(() -> deadline - System.currentTimeMillis());
    Duration wall = Duration.ofNanos(System.nanoTime() - started);

    out.println();
    out.printf("Run %d (%s): wall %.2f s; listed %d, new %d, notified %d, pages %d, %s%n",
        number, floor.firstRun() ? "everything new" : "nothing new",
        wall.toMillis() / 1000.0, result.listed(), result.newRequests(), result.notified(),
        result.pages(), result.complete() ? "complete" : "INCOMPLETE");
    return new CallTable(counters, result, floor).print(out) && result.complete();
  }

  /** The counters read after each run, reset before it. */
  record Counters(OperationCounter mturk, OperationCounter dynamoDb, OperationCounter sns,
      MTurkSimulator simulator) {

    void reset() {
      mturk.reset();
      dynamoDb.reset();
      sns.reset();
      simulator.resetCounters();
    }

    Map<String, Map<String, Integer>> byService() {
      Map<String, Map<String, Integer>> services = new TreeMap<>();
      services.put("dynamodb", dynamoDb.calls());
      services.put("mturk", mturk.calls());
      services.put("sns", sns.calls());
      return services;
    }
  }
}
