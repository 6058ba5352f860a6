package dev.qualwatch.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qualwatch.simulator.MTurkSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * README command 1, {@code ./local-run}: the poller end to end on this machine, with no AWS
 * account. It starts moto_server, creates the table and topic from {@code template.yaml},
 * subscribes a queue to the topic, starts the MTurk simulator with demo requests (or targets the
 * real MTurk sandbox), invokes the poll function twice in a JVM of its own, as Lambda would, and
 * prints what was stored and what the queue received. Then it serves the query API until Ctrl-C.
 */
public final class LocalRun implements AutoCloseable {
  static final String TABLE_NAME = "qualwatch-requests";
  static final String TOPIC_NAME = "qualwatch-notifications";
  static final String QUEUE_NAME = "qualwatch-digest-inbox";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalRunOptions options;
  private final PrintStream out;
  private final Path repository;
  private final List<AutoCloseable> resources = new ArrayList<>();

  LocalRun(LocalRunOptions options, PrintStream out, Path repository) {
    this.options = options;
    this.out = out;
    this.repository = repository;
  }

  public static void main(String[] args) {
    LocalRunOptions options;
    try {
      options = LocalRunOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("local-run: " + e.getMessage());
      System.err.println(LocalRunOptions.USAGE);
      System.exit(2);
      return;
    }
    Path repository = TemplateResources.find(Path.of("")).getParent();
    try (LocalRun run = new LocalRun(options, System.out, repository)) {
      System.exit(run.run());
    } catch (RuntimeException e) {
      System.err.println("local-run failed: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Runs the whole sequence; returns the process exit code. */
  int run() {
    ChildEnvironment.checkSandboxCredentials(options);
    MotoServer moto = open(MotoServer.start());
    DynamoDbClient dynamoDb = open(LocalClients.dynamoDb(moto.endpoint()));
    SnsClient sns = open(LocalClients.sns(moto.endpoint()));
    SqsClient sqs = open(LocalClients.sqs(moto.endpoint()));

    TemplateResources template = TemplateResources.read(repository.resolve("template.yaml"));
    template.createTable(dynamoDb, TABLE_NAME);
    String topicArn = template.createTopic(sns, TOPIC_NAME);
    DigestQueue queue = DigestQueue.subscribe(sqs, sns, topicArn, QUEUE_NAME);
    Optional<MTurkSimulator> simulator = startSimulator();
    ChildEnvironment environment = new ChildEnvironment(options, moto.endpoint(), topicArn,
        simulator.map(MTurkSimulator::endpoint));
    printSetup(moto, template, topicArn, describe(simulator));

    int firstExit = poll(1, environment);
    if (firstExit != 0) {
      return firstExit;
    }
    List<String> stored = StoredRequestsView.print(dynamoDb, TABLE_NAME, out);
    out.println();
    DigestView.print(queue.drain(), QUEUE_NAME, out);

    int secondExit = poll(2, environment);
    if (secondExit != 0) {
      return secondExit;
    }
    if (!nothingNew(queue)) {
      return 1;
    }
    return options.serve() ? serve(environment, stored) : 0;
  }

  private Optional<MTurkSimulator> startSimulator() {
    if (options.sandbox()) {
      return Optional.empty();
    }
    MTurkSimulator simulator = open(MTurkSimulator.start(0));
    MTurkSimulator.seedDemo(simulator);
    return Optional.of(simulator);
  }

  private static String describe(Optional<MTurkSimulator> simulator) {
    return simulator.map(sim -> "simulator at " + sim.endpoint() + ", seeded with "
            + sim.pendingRequests().size() + " pending demo requests")
        .orElse("the real MTurk sandbox, with your own AWS credentials");
  }

  private void printSetup(MotoServer moto, TemplateResources template, String topicArn,
      String mturk) {
    out.println("qualwatch local run");
    out.println("  moto_server  " + moto.endpoint() + " (DynamoDB, SNS, SQS)");
    out.println("  table        " + TABLE_NAME + ", from " + repository.relativize(
        template.template()) + " " + TemplateResources.TABLE_ID);
    out.println("  topic        " + topicArn + ", from " + TemplateResources.TOPIC_ID);
    out.println("  queue        " + QUEUE_NAME + ", subscribed to the topic (raw delivery off)");
    out.println("  MTurk        " + mturk);
    String types = options.qualificationTypeIdsVariable();
    out.println("  watching     " + (types.isEmpty() ? "every qualification type (unfiltered)"
        : types));
    template.skipped().forEach(skipped ->
        out.println("  skipped      " + skipped + " (moto_server does not honour it locally)"));
  }

  /** One invocation in a child JVM; prints its output and result, returns its exit code. */
  private int poll(int number, ChildEnvironment environment) {
    out.println();
    out.println("== Poll " + number + ": dev.qualwatch.poll.PollHandler as "
        + Invoke.POLL_FUNCTION + ", event events/poll-scheduled.json");
    Path result = temporaryFile("poll-result-");
    Path event = repository.resolve("events").resolve("poll-scheduled.json");
    List<String> args = List.of("poll", event.toString(), result.toString());
    try (ChildJvm child = ChildJvm.start(Invoke.class, args, environment.poll(), out)) {
      int code = child.await();
      if (code != 0) {
        out.println("Poll " + number + " failed (exit code " + code + "); see its output above.");
        return code;
      }
      printResult(readJson(result));
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  private void printResult(JsonNode result) {
    out.println("Result: listed " + result.path("listed").asInt()
        + ", new " + result.path("newRequests").asInt()
        + ", notified " + result.path("notified").asInt()
        + ", resolved " + result.path("resolved").asInt()
        + ", pages " + result.path("pages").asInt()
        + ", complete " + (result.path("complete").asBoolean() ? "yes" : "NO")
        + ", " + result.path("millis").asLong() + " ms");
    out.println("Calls:  " + String.join(", ", List.of("mturk", "dynamodb", "sns").stream()
        .map(service -> callsOf(service, result)).toList()));
    out.println();
  }

  /** Such as {@code dynamodb 5 (BatchGetItem 1, GetItem 1, PutItem 1, Query 2)}. */
  private static String callsOf(String service, JsonNode result) {
    List<String> operations = new ArrayList<>();
    result.path("operations").fields().forEachRemaining(entry -> {
      if (entry.getKey().startsWith(service + ":")) {
        operations.add(entry.getKey().substring(service.length() + 1) + " "
            + entry.getValue().asInt());
      }
    });
    operations.sort(null);
    String total = service + " " + result.path("calls").path(service).asInt();
    return operations.isEmpty() ? total : total + " (" + String.join(", ", operations) + ")";
  }

  private boolean nothingNew(DigestQueue queue) {
    int received = queue.drain().size();
    if (received == 0) {
      out.println("Nothing new: no request stored, nothing published (the queue is empty).");
      return true;
    }
    out.println("Unexpected: the second poll published " + received + " message(s) although "
        + "nothing new was listed.");
    return false;
  }

  private int serve(ChildEnvironment environment, List<String> stored) {
    ApiServerProcess api = open(ApiServerProcess.start(options.apiPort(), environment, out));
    String base = "http://127.0.0.1:" + options.apiPort();
    out.println();
    out.println("== Query API (dev.qualwatch.api.ApiHandler) on " + base
        + "; Ctrl-C stops everything");
    out.println("  curl -s '" + base + "/qualification-requests?status=pending&limit=5'");
    if (!stored.isEmpty()) {
      out.println("  curl -s '" + base + "/qualification-requests/" + stored.get(0)
          + "'");
    }
    out.println("  curl -s " + base + "/qualification-types");
    return api.await();
  }

  private Path temporaryFile(String prefix) {
    try {
      Path file = Files.createTempFile(prefix, ".json");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary file", e);
    }
  }

  private static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the poll result in " + file, e);
    }
  }

  private <T extends AutoCloseable> T open(T resource) {
    resources.add(0, resource);
    return resource;
  }

  /** Stops the API server, the simulator and moto_server, newest first. */
  @Override
  public void close() {
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        out.println("could not stop " + resource + ": " + e.getMessage());
      }
    }
    resources.clear();
  }
}
