package dev.qualwatch.logging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Objects;

/**
 * Writes one JSON object per line to standard output, in the shape of Lambda's own JSON logs
 * ({@code timestamp}, {@code level}, {@code message}, {@code requestId}) plus the fields a caller
 * adds. A raw JSON line on standard output is kept as it is by Lambda and read by CloudWatch
 * Logs Insights, metric filters and the embedded metric format.
 *
 * <p>Callers pass only counts, ids and messages: never a worker's answer, a test, a webhook URL
 * or a credential.
 */
public final class JsonLog {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintStream out;
  private final String requestId;
  private final Boolean coldStart;

  private JsonLog(PrintStream out, String requestId, Boolean coldStart) {
    this.out = Objects.requireNonNull(out, "out");
    this.requestId = requestId;
    this.coldStart = coldStart;
  }

  public static JsonLog stdout(String requestId) {
    return new JsonLog(System.out, requestId, null);
  }

  /** A log for one Lambda invocation, whose lines say whether it was the environment's first. */
  public static JsonLog stdout(String requestId, boolean coldStart) {
    return new JsonLog(System.out, requestId, coldStart);
  }

  static JsonLog to(PrintStream out, String requestId, Boolean coldStart) {
    return new JsonLog(out, requestId, coldStart);
  }

  /** A new line for this log; fill it and {@link #write(Level, ObjectNode)} it. */
  public ObjectNode line(String message) {
    ObjectNode line = JSON.createObjectNode();
    line.put("timestamp", Instant.now().toString());
    line.put("message", message);
    if (requestId != null) {
      line.put("requestId", requestId);
    }
    if (coldStart != null) {
      line.put("coldStart", coldStart);
    }
    return line;
  }

  public void write(Level level, ObjectNode line) {
    line.put("level", level.name());
    out.println(line.toString());
  }

  public void info(String message) {
    write(Level.INFO, line(message));
  }

  public void warn(String message) {
    write(Level.WARN, line(message));
  }

  /** Severity, as Lambda's JSON logs name them. */
  public enum Level { DEBUG, INFO, WARN, ERROR }
}
