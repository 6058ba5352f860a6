package dev.qualwatch.api;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds HTTP API events as API Gateway would, and a context that keeps the log lines. */
final class Calls {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String REQUEST_ID = "c6af9ac6-7b61-11e6-9a41-93e8deadbeef";

  private Calls() {}

  static APIGatewayV2HTTPEvent get(String pathAndQuery) {
    return event("GET", pathAndQuery, Map.of());
  }

  static APIGatewayV2HTTPEvent event(
      String method, String pathAndQuery, Map<String, String> headers) {
    int question = pathAndQuery.indexOf('?');
    String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
    String query = question < 0 ? "" : pathAndQuery.substring(question + 1);
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey("$default")
        .withRawPath(path)
        .withRawQueryString(query)
        .withHeaders(new HashMap<>(headers))
        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
            .withRequestId("Jq9bHhY4IAMEV3Q=")
            .withStage("$default")
            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(method)
                .withPath(path)
                .withProtocol("HTTP/1.1")
                .withSourceIp("198.51.100.7")
                .build())
            .build())
        .withIsBase64Encoded(false)
        .build();
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Lambda context whose logger keeps every line. */
  static final class TestContext implements Context {
    final List<String> lines = new ArrayList<>();

    @Override
    public String getAwsRequestId() {
      return REQUEST_ID;
    }

    @Override
    public String getLogGroupName() {
      return "/aws/lambda/qualwatch-api";
    }

    @Override
    public String getLogStreamName() {
      return "2026/12/03/[$LATEST]0123456789abcdef";
    }

    @Override
    public String getFunctionName() {
      return "qualwatch-api";
    }

    @Override
    public String getFunctionVersion() {
      return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
      return "arn:aws:lambda:us-east-1:123456789012:function:qualwatch-api";
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
      return 30_000;
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
          lines.add(message);
        }

        @Override
        public void log(byte[] message) {
          lines.add(new String(message, StandardCharsets.UTF_8));
        }
      };
    }
  }
}
