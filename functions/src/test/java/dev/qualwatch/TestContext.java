package dev.qualwatch;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Lambda context of one test invocation: a fixed request id, a time budget counted from its
 * creation, and a logger that keeps every line for the test to read.
 */
public final class TestContext implements Context {
  public static final String REQUEST_ID = "c6af9ac6-7b61-11e6-9a41-93e8deadbeef";

  private final String functionName;
  private final long deadlineMillis;
  private final List<String> messages = new ArrayList<>();
  private final List<String> logLines = new ArrayList<>();

  public TestContext(String functionName, long remainingMillis) {
    this.functionName = functionName;
    this.deadlineMillis = System.currentTimeMillis() + remainingMillis;
  }

  /** What the function logged, message by message. */
  public synchronized List<String> messages() {
    return List.copyOf(messages);
  }

  /** What the function logged, each line led by its level where it gave one. */
  public synchronized List<String> logLines() {
    return List.copyOf(logLines);
  }

  private synchronized void keep(LogLevel level, String message) {
    messages.add(message);
    logLines.add(level == null ? message : level + " " + message);
  }

  @Override
  public String getAwsRequestId() {
    return REQUEST_ID;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + functionName;
  }

  @Override
  public String getLogStreamName() {
    return "2026/12/03/[$LATEST]0123456789abcdef";
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
    return "arn:aws:lambda:us-east-1:123456789012:function:" + functionName;
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
    return (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
  }

  @Override
  public int getMemoryLimitInMB() {
    return 1024;
  }

  @Override
  public LambdaLogger getLogger() {
    return new LambdaLogger() {
      @Override
      public void log(String message) {
        keep(null, message);
      }

      @Override
      public void log(byte[] message) {
        keep(null, new String(message, StandardCharsets.UTF_8));
      }

      @Override
      public void log(String message, LogLevel level) {
        keep(level, message);
      }
    };
  }
}
