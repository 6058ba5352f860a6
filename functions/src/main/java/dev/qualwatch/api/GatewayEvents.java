package dev.qualwatch.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Maps HTTP API payload 2.0 events to {@link HttpCall}s and {@link ApiResponse}s to events. */
final class GatewayEvents {
  private GatewayEvents() {}

  /** Never fails: whatever an event lacks becomes empty, and routing refuses it. */
  static HttpCall toCall(APIGatewayV2HTTPEvent event) {
    if (event == null) {
      return new HttpCall("", "", null, Map.of(), Map.of());
    }
    APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
    APIGatewayV2HTTPEvent.RequestContext.Http http = context == null ? null : context.getHttp();
    String method = http == null || http.getMethod() == null ? "" : http.getMethod();
    String path = event.getRawPath() != null ? event.getRawPath()
        : http == null || http.getPath() == null ? "" : http.getPath();
    return new HttpCall(
        method.toUpperCase(Locale.ROOT),
        withoutStage(path, context == null ? null : context.getStage()),
        event.getRawQueryString(),
        withoutNulls(event.getQueryStringParameters(), false),
        withoutNulls(event.getHeaders(), true));
  }

  static APIGatewayV2HTTPResponse toEvent(ApiResponse response) {
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(response.status())
        .withHeaders(response.headers())
        .withBody(response.body())
        .withIsBase64Encoded(false)
        .build();
  }

  /** A named stage (not {@code $default}) prefixes the raw path; the routes do not know it. */
  private static String withoutStage(String path, String stage) {
    if (stage == null || stage.isEmpty() || stage.equals("$default")) {
      return path;
    }
    String prefix = "/" + stage;
    return path.startsWith(prefix + "/") ? path.substring(prefix.length()) : path;
  }

  private static Map<String, String> withoutNulls(Map<String, String> map, boolean lowerCase) {
    Map<String, String> copy = new HashMap<>();
    if (map != null) {
      map.forEach((name, value) -> {
        if (name != null && value != null) {
          copy.putIfAbsent(lowerCase ? name.toLowerCase(Locale.ROOT) : name, value);
        }
      });
    }
    return copy;
  }
}
