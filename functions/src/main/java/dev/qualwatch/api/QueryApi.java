package dev.qualwatch.api;

import dev.qualwatch.store.PagePosition;
import dev.qualwatch.store.PageRequest;
import dev.qualwatch.store.PollState;
import dev.qualwatch.store.RequestPage;
import dev.qualwatch.store.RequestReader;
import dev.qualwatch.store.StoredRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Answers one call: picks the route, checks its parameters, reads the table, writes the body. */
final class QueryApi {
  private static final List<String> LIST_TYPES = List.of(MediaTypes.JSON, MediaTypes.CSV);
  private static final List<String> JSON_ONLY = List.of(MediaTypes.JSON);

  private final RequestReader reader;

  QueryApi(RequestReader reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** The answer to {@code call}; a {@link ProblemException} for any call it refuses. */
  ApiResponse answer(HttpCall call) {
    Route route = Route.match(call);
    return switch (route.kind()) {
      case LIST_REQUESTS -> listRequests(call);
      case GET_REQUEST -> getRequest(call, route.id());
      case LIST_TYPES -> listTypes(call);
    };
  }

  /** The problem answer, with {@code Allow} on a 405. */
  static ApiResponse problem(Problem problem, String requestId) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", MediaTypes.PROBLEM_JSON);
    headers.put("Cache-Control", "no-store");
    if (problem.status() == 405) {
      headers.put("Allow", "GET");
    }
    return new ApiResponse(problem.status(), headers, Bodies.problem(problem, requestId), 0);
  }

  private ApiResponse listRequests(HttpCall call) {
    ListQuery query = ListQuery.parse(QueryParameters.of(call, ListQuery.PARAMETERS));
    String mediaType = MediaTypes.choose(call.header("accept"), LIST_TYPES);
    PagePosition start = query.nextToken() == null
        ? null
        : NextTokens.decode(query.filter(), query.nextToken());

    RequestPage page = reader.list(
        query.filter(), new PageRequest(query.limit(), start, query.includeAnswer()));

    String nextToken =
        page.next().map(next -> NextTokens.encode(query.filter(), next)).orElse(null);
    String body = mediaType.equals(MediaTypes.CSV)
        ? Bodies.requestCsv(page.requests(), query.includeAnswer())
        : Bodies.requestList(page.requests(), nextToken, query.includeAnswer());
    Map<String, String> headers = headers(mediaType);
    if (nextToken != null) {
      headers.put("Next-Token", nextToken);
    }
    return new ApiResponse(200, headers, body, page.tableCalls());
  }

  private ApiResponse getRequest(HttpCall call, String id) {
    QueryParameters.of(call, Set.of());
    String mediaType = MediaTypes.choose(call.header("accept"), JSON_ONLY);

    StoredRequest request = reader.find(id).orElseThrow(() -> new ProblemException(
        Problem.notFound("No qualification request " + id + " is stored; qualwatch only knows"
            + " requests that a poll has listed.")));

    return new ApiResponse(200, headers(mediaType), Bodies.request(request), 1);
  }

  private ApiResponse listTypes(HttpCall call) {
    QueryParameters.of(call, Set.of());
    String mediaType = MediaTypes.choose(call.header("accept"), JSON_ONLY);

    PollState state = reader.pollState();

    return new ApiResponse(200, headers(mediaType), Bodies.qualificationTypes(state), 1);
  }

  private static Map<String, String> headers(String mediaType) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", mediaType.equals(MediaTypes.CSV)
        ? "text/csv; charset=utf-8; header=present"
        : "application/json");
    headers.put("Cache-Control", "no-store");
    return headers;
  }
}
