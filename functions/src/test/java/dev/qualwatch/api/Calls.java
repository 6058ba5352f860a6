package dev.qualwatch.api;

import dev.qualwatch.TestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Builds HTTP API events as API Gateway would. */
final class Calls {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String REQUEST_ID = TestContext.REQUEST_ID;

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
}
