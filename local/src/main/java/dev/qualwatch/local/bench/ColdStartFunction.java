package dev.qualwatch.local.bench;

import java.time.Duration;
import java.util.List;

/**
 * The functions the cold-start benchmark starts, as {@code template.yaml} declares them. Handler
 * and event classes are named, not referenced, so that the child JVM loads them only where Lambda
 * would: the handler during init, the event type when the first event arrives.
 */
enum ColdStartFunction {
  POLL("poll", "dev.qualwatch.poll.PollHandler",
      "com.amazonaws.services.lambda.runtime.events.ScheduledEvent",
      List.of("poll-scheduled.json"), Duration.ofSeconds(180)),
  API("api", "dev.qualwatch.api.ApiHandler",
      "com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent",
      List.of("api-list-requests.json", "api-list-types.json"), Duration.ofSeconds(10));

  private final String label;
  private final String handlerClass;
  private final String eventClass;
  private final List<String> eventFiles;
  private final Duration timeout;

  ColdStartFunction(String label, String handlerClass, String eventClass, List<String> eventFiles,
      Duration timeout) {
    this.label = label;
    this.handlerClass = handlerClass;
    this.eventClass = eventClass;
    this.eventFiles = eventFiles;
    this.timeout = timeout;
  }

  String label() {
    return label;
  }

  String handlerClass() {
    return handlerClass;
  }

  String eventClass() {
    return eventClass;
  }

  /** The files under {@code events/}: the first is the cold call, warm calls take turns. */
  List<String> eventFiles() {
    return eventFiles;
  }

  /** The template's {@code Timeout}, the deadline of each invocation's context. */
  Duration timeout() {
    return timeout;
  }

  String functionName() {
    return "qualwatch-" + label + "-cold-start";
  }
}
