package dev.qualwatch.api;

/**
 * An RFC 9457 problem detail, answered as {@code application/problem+json}.
 *
 * @param type a URN naming the kind of problem; docs/api.md lists them all
 * @param title the same for every problem of this type
 * @param status the HTTP status
 * @param detail what was wrong with this call and what to do instead
 * @param parameter the offending query or path parameter or header, or {@code null}
 */
record Problem(String type, String title, int status, String detail, String parameter) {
  private static final String PREFIX = "urn:qualwatch:problem:";
  private static final int MAX_ECHO = 80;

  static Problem invalidParameter(String parameter, String detail) {
    return new Problem(PREFIX + "invalid-parameter", "Invalid parameter", 400, detail, parameter);
  }

  static Problem unknownParameter(String parameter, String detail) {
    return new Problem(PREFIX + "unknown-parameter", "Unknown parameter", 400, detail, parameter);
  }

  static Problem notFound(String detail) {
    return new Problem(PREFIX + "not-found", "Not found", 404, detail, "id");
  }

  static Problem noSuchRoute(String detail) {
    return new Problem(PREFIX + "no-such-route", "No such route", 404, detail, null);
  }

  static Problem methodNotAllowed(String detail) {
    return new Problem(
        PREFIX + "method-not-allowed", "Method not allowed", 405, detail, null);
  }

  static Problem notAcceptable(String detail) {
    return new Problem(PREFIX + "not-acceptable", "Not acceptable", 406, detail, "Accept");
  }

  static Problem internal(String requestId) {
    return new Problem(PREFIX + "internal-error", "Internal error", 500,
        "The request failed on our side; retry later, and quote request id " + requestId
            + " when you report it.",
        null);
  }

  /** Caller input quoted in a detail: shortened, and with control characters dropped. */
  static String echo(String input) {
    String printable = input.codePoints()
        .filter(c -> !Character.isISOControl(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    return printable.length() <= MAX_ECHO ? printable : printable.substring(0, MAX_ECHO) + "...";
  }
}
