package dev.qualwatch.api;

import java.util.Map;

/**
 * What the API answers to one call.
 *
 * @param status the HTTP status
 * @param headers response headers
 * @param body the body, UTF-8 text
 * @param tableCalls how many DynamoDB calls the answer took, for the log line
 */
record ApiResponse(int status, Map<String, String> headers, String body, int tableCalls) {

  ApiResponse {
    headers = Map.copyOf(headers);
  }
}
