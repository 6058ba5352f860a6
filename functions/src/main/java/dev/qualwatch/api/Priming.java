package dev.qualwatch.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.List;
import java.util.Map;

/** The calls {@link ApiHandler#beforeCheckpoint} answers to warm up before a snapshot. */
final class Priming {
  private Priming() {}

  static List<APIGatewayV2HTTPEvent> events() {
    return List.of(
        get("/qualification-types", "", Map.of()),
        get("/qualification-requests", "limit=1", Map.of("limit", "1")));
  }

  private static APIGatewayV2HTTPEvent get(String path, String query, Map<String, String> params) {
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey("GET " + path)
        .withRawPath(path)
        .withRawQueryString(query)
        .withQueryStringParameters(params.isEmpty() ? null : params)
        .withHeaders(Map.of("accept", "application/json"))
        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
            .withRequestId("snapstart-priming")
            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod("GET")
                .withPath(path)
                .build())
            .build())
        .build();
  }
}
