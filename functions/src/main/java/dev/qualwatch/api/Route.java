package dev.qualwatch.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's three routes, matched on the call's path. The {@code {id}} segment is decoded and
 * checked here, after the method, so that a wrong method is a 405 whatever the id.
 *
 * @param kind which route
 * @param id the qualification request id of the single-request route, else {@code null}
 */
record Route(Kind kind, String id) {
  enum Kind { LIST_REQUESTS, GET_REQUEST, LIST_TYPES }

  static final String ID = "id";
  private static final String ALLOWED_METHOD = "GET";
  private static final Pattern ONE_REQUEST = Pattern.compile("/qualification-requests/([^/]+)");

  /** The route for the call; 404 for any other path, 405 for any method but GET. */
  static Route match(HttpCall call) {
    Route route = byPath(call.path());
    if (!ALLOWED_METHOD.equals(call.method())) {
      throw new ProblemException(Problem.methodNotAllowed(Problem.echo(call.method()) + " is not"
          + " allowed on " + Problem.echo(call.path()) + "; the API only answers GET."));
    }
    if (route.kind() != Kind.GET_REQUEST) {
      return route;
    }
    String id = QueryParameters.decode(route.id(), ID);
    if (!ListQuery.TYPE_OR_REQUEST_ID.matcher(id).matches()) {
      throw new ProblemException(Problem.invalidParameter(ID, "'" + Problem.echo(id)
          + "' is not a qualification request id; those are upper-case letters and digits ("
          + ListQuery.TYPE_OR_REQUEST_ID.pattern() + ")."));
    }
    return new Route(Kind.GET_REQUEST, id);
  }

  private static Route byPath(String path) {
    if ("/qualification-requests".equals(path)) {
      return new Route(Kind.LIST_REQUESTS, null);
    }
    if ("/qualification-types".equals(path)) {
      return new Route(Kind.LIST_TYPES, null);
    }
    Matcher one = ONE_REQUEST.matcher(path);
    if (one.matches()) {
      return new Route(Kind.GET_REQUEST, one.group(1));
    }
    throw new ProblemException(Problem.noSuchRoute("No route for " + Problem.echo(path)
        + "; the API serves GET /qualification-requests, GET /qualification-requests/{id} and"
        + " GET /qualification-types."));
  }
}
