package dev.qualwatch.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The Lambda {@link Context} of one local invocation, with a deadline like Lambda's timeout and a
 * logger that writes each line to a stream. Local runs and integration tests share it.
 */
public final class LocalContext implements Context {
  private final String requestId;
  private final String functionName;
  private final int memoryMb;
  private final Instant deadline;
  private final Clock clock;
  private final LambdaLogger logger;

  private LocalContext(String functionName, String requestId, int memoryMb, Instant deadline,
      Clock clock, PrintStream out) {
    this.requestId = requestId;
    this.functionName = functionName;
    this.memoryMb = memoryMb;
    this.deadline = deadline;
    this.clock = clock;
    this.logger = new StreamLogger(out);
  }

  /** A context whose deadline is {@code timeout} from now, logging to {@code out}. */
  public static LocalContext start(String functionName, Duration timeout, PrintStream out) {
    return start(functionName, UUID.randomUUID().toString(), timeout, out);
  }

  /** The same, with a request id of the caller's, for tests that look for it in answers. */
  public static LocalContext start(String functionName, String requestId, Duration timeout,
      PrintStream out) {
    Clock clock = Clock.systemUTC();
    return new LocalContext(functionName, requestId, 1024, clock.instant().plus(timeout), clock,
        out);
  }

  @Override
  public String getAwsRequestId() {
    return requestId;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + functionName;
  }

  @Override
  public String getLogStreamName() {
    return "local/[$LATEST]" + requestId.replace("-", "");
  }

  @Override
  public String getFunctionName() {
    return functionName;
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:" + LocalClients.REGION.id() + ":123456789012:function:" + functionName;
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getRemainingTimeInMillis() {
    long left = Duration.between(clock.instant(), deadline).toMillis();
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, left));
  }

  @Override
  public int getMemoryLimitInMB() {
    return memoryMb;
  }

  @Override
  public LambdaLogger getLogger() {
    return logger;
  }

  /** Writes each message as it comes, as Lambda's logger does to CloudWatch Logs. */
  private static final class StreamLogger implements LambdaLogger {
    private final PrintStream out;

    StreamLogger(PrintStream out) {
      this.out = out;
    }

    @Override
    public void log(String message) {
      out.println(message);
    }

    @Override
    public void log(byte[] message) {
      log(new String(message, StandardCharsets.UTF_8));
    }
  }
}
