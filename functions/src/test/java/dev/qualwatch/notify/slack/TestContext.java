package dev.qualwatch.notify.slack;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A Lambda context with a fixed time budget that keeps what the function logs. */
final class TestContext implements Context {
  private final long deadlineMillis;
  private final List<String> lines = new ArrayList<>();

  TestContext(long remainingMillis) {
    this.deadlineMillis = System.currentTimeMillis() + remainingMillis;
  }

  List<String> logLines() {
    return List.copyOf(lines);
  }

  @Override
  public String getAwsRequestId() {
    return "7f1c2d3e-0000-4000-8000-000000000001";
  }

  @Override
  public String getLogGroupName() {
    return "/qualwatch/test/slack";
  }

  @Override
  public String getLogStreamName() {
    return "test";
  }

  @Override
  public String getFunctionName() {
    return "qualwatch-test-SlackFunction";
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:us-east-1:123456789012:function:qualwatch-test-SlackFunction";
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
    return 512;
  }

  @Override
  public LambdaLogger getLogger() {
    return new LambdaLogger() {
      @Override
      public void log(String message) {
        lines.add(message);
      }

      @Override
      public void log(byte[] message) {
        lines.add(new String(message, StandardCharsets.UTF_8));
      }

      @Override
      public void log(String message, LogLevel level) {
        lines.add(level + " " + message);
      }
    };
  }
}
