package dev.qualwatch.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The API's JSON log lines: one INFO line per answered call (route, status, DynamoDB calls,
 * milliseconds) and one ERROR line per fault. Never logs query values, tests or answers.
 */
final class AccessLog {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private boolean coldStart = true;

  void answered(Context context, HttpCall call, ApiResponse response, long millis) {
    ObjectNode line = line("INFO", "answered", context);
    line.put("method", call.method());
    line.put("path", Problem.echo(call.path()));
    line.put("status", response.status());
    line.put("tableCalls", response.tableCalls());
    line.put("millis", millis);
    write(context, line, LogLevel.INFO);
  }

  void failed(Context context, HttpCall call, RuntimeException failure) {
    ObjectNode line = line("ERROR", "failed; answered 500", context);
    line.put("method", call.method());
    line.put("path", Problem.echo(call.path()));
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    line.put("error", trace.toString());
    write(context, line, LogLevel.ERROR);
  }

  private ObjectNode line(String level, String message, Context context) {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("level", level);
    line.put("message", message);
    line.put("requestId", requestId(context));
    line.put("coldStart", coldStart);
    return line;
  }

  private void write(Context context, ObjectNode line, LogLevel level) {
    coldStart = false;
    LambdaLogger logger = context == null ? null : context.getLogger();
    if (logger != null) {
      logger.log(line.toString(), level);
    }
  }

  static String requestId(Context context) {
    return context == null || context.getAwsRequestId() == null
        ? "unknown"
        : context.getAwsRequestId();
  }
}
