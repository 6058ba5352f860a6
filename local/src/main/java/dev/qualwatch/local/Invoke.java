package dev.qualwatch.local;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qualwatch.api.ApiHandler;
import dev.qualwatch.poll.PollHandler;
import dev.qualwatch.poll.PollResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs a function the way Lambda would, in a JVM of its own whose environment the caller sets
 * (so the no-argument handler constructor reads {@code TABLE_NAME}, the SDK's
 * {@code AWS_ENDPOINT_URL_*}, and so on, exactly as in Lambda). {@link LocalRun} starts it.
 *
 * <pre>
 * Invoke poll EVENT_JSON RESULT_JSON [TIMEOUT_SECONDS]   one poll; the result goes to RESULT_JSON
 * Invoke api-server PORT                                 the query API on 127.0.0.1:PORT
 * </pre>
 */
public final class Invoke {
  static final String POLL_FUNCTION = "qualwatch-poll-local";
  /** The template's function timeout. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(180);
  private static final ObjectMapper JSON = new ObjectMapper();

  private Invoke() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length >= 3 && args[0].equals("poll")) {
      Duration timeout = args.length > 3
          ? Duration.ofSeconds(Long.parseLong(args[3])) : DEFAULT_TIMEOUT;
      try {
        poll(Path.of(args[1]), Path.of(args[2]), timeout);
      } catch (RuntimeException e) {
        System.out.println(error(e));
        System.exit(1);
      }
    } else if (args.length == 2 && args[0].equals("api-server")) {
      serveApi(Integer.parseInt(args[1]));
    } else {
      System.err.println("usage: Invoke poll EVENT_JSON RESULT_JSON [TIMEOUT_SECONDS]"
          + " | Invoke api-server PORT");
      System.exit(2);
    }
  }

  private static void poll(Path eventFile, Path resultFile, Duration timeout) throws IOException {
    ScheduledEvent event = readEvent(eventFile);
    LocalContext context = LocalContext.start(POLL_FUNCTION, timeout, System.out);

    PollResult result = new PollHandler().handleRequest(event, context);

    JSON.writerWithDefaultPrettyPrinter().writeValue(resultFile.toFile(), result);
  }

  /** An uncaught exception as Lambda reports it: errorMessage and errorType, with its causes. */
  static String error(Throwable failure) {
    ObjectNode error = JSON.createObjectNode()
        .put("errorMessage", failure.getMessage())
        .put("errorType", failure.getClass().getName());
    ArrayNode causes = error.putArray("causes");
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      causes.add(cause.getClass().getName() + ": " + cause.getMessage());
    }
    return error.toString();
  }

  /** Reads the event with the Lambda Java runtime's own serializer, as the runtime does. */
  static ScheduledEvent readEvent(Path eventFile) throws IOException {
    PojoSerializer<ScheduledEvent> serializer = LambdaEventSerializers
        .serializerFor(ScheduledEvent.class, Invoke.class.getClassLoader());
    try (InputStream in = Files.newInputStream(eventFile)) {
      return serializer.fromJson(in);
    }
  }

  private static void serveApi(int port) throws InterruptedException {
    LocalApiServer server = LocalApiServer.start(port, new ApiHandler());
    System.out.println("query API listening on " + server.endpoint());
    Thread.currentThread().join();
  }
}
