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
      List.of("poll-scheduled.json"), Duration.ofSeconds(180), false),
  API("api", "dev.qualwatch.api.ApiHandler",
      "com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent",
      List.of("api-list-requests.json", "api-list-types.json"), Duration.ofSeconds(10), false),
  /**
   * The API as SnapStart runs it: primed ({@code beforeCheckpoint}) right after its constructor,
   * both inside "init", the phase the snapshot removes.
   */
  API_PRIMED("api primed", "dev.qualwatch.api.ApiHandler",
      "com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent",
      List.of("api-list-requests.json", "api-list-types.json"), Duration.ofSeconds(10), true);

  private final String label;
  private final String handlerClass;
  private final String eventClass;
  private final List<String> eventFiles;
  private final Duration timeout;
  private final boolean primed;

  ColdStartFunction(String label, String handlerClass, String eventClass, List<String> eventFiles,
      Duration timeout, boolean primed) {
    this.label = label;
    this.handlerClass = handlerClass;
    this.eventClass = eventClass;
    this.eventFiles = eventFiles;
    this.timeout = timeout;
    this.primed = primed;
  }

  /** Whether the child primes the handler for a snapshot before its first call. */
  boolean primed() {
    return primed;
  }

  boolean isApi() {
    return this != POLL;
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
    return "qualwatch-" + label.replace(' ', '-') + "-cold-start";
  }
}
