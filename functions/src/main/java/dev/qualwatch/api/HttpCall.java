package dev.qualwatch.api;

import java.util.Map;

/**
 * One HTTP call as the API sees it, whatever carried it.
 *
 * @param method the HTTP method, upper case, or empty when the event had none
 * @param path the path without the stage, still percent-encoded
 * @param rawQuery the query string as sent, without {@code ?}, or {@code null} when only
 *     {@code decodedQuery} is known
 * @param decodedQuery the query parameters as API Gateway decoded them; used when {@code rawQuery}
 *     is {@code null}
 * @param headers header values by lower-case name
 */
record HttpCall(
    String method,
    String path,
    String rawQuery,
    Map<String, String> decodedQuery,
    Map<String, String> headers) {

  HttpCall {
    decodedQuery = Map.copyOf(decodedQuery);
    headers = Map.copyOf(headers);
  }

  String header(String lowerCaseName) {
    return headers.get(lowerCaseName);
  }
}
