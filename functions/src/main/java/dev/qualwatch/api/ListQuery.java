package dev.qualwatch.api;

import dev.qualwatch.store.PageRequest;
import dev.qualwatch.store.RequestFilter;
import dev.qualwatch.store.TableSchema;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parameters of {@code GET /qualification-requests}, checked one by one; each malformed one
 * is refused with a problem that names it.
 *
 * @param filter which requests to list
 * @param limit how many per page
 * @param includeAnswer whether each request carries its test and answer
 * @param nextToken the token of the previous page, or {@code null}
 */
record ListQuery(RequestFilter filter, int limit, boolean includeAnswer, String nextToken) {
  static final String QUALIFICATION_TYPE_ID = "qualificationTypeId";
  static final String WORKER_ID = "workerId";
  static final String STATUS = "status";
  static final String SUBMITTED_AFTER = "submittedAfter";
  static final String SUBMITTED_BEFORE = "submittedBefore";
  static final String LIMIT = "limit";
  static final String NEXT_TOKEN = "nextToken";
  static final String INCLUDE = "include";
  static final Set<String> PARAMETERS = Set.of(QUALIFICATION_TYPE_ID, WORKER_ID, STATUS,
      SUBMITTED_AFTER, SUBMITTED_BEFORE, LIMIT, NEXT_TOKEN, INCLUDE);

  static final int DEFAULT_LIMIT = 25;
  /** The statuses the poller writes; the decisions of a later issue will join them. */
  static final List<String> STATUSES =
      List.of(TableSchema.STATUS_PENDING, TableSchema.STATUS_RESOLVED);
  static final String INCLUDE_ANSWER = "answer";

  /** MTurk ids are upper-case letters and digits; type ids run 20 or 30 characters. */
  static final Pattern TYPE_OR_REQUEST_ID = Pattern.compile("[A-Z0-9]{20,64}");
  /** Worker ids are shorter, typically 12 to 14 characters starting with A. */
  static final Pattern WORKER = Pattern.compile("[A-Z0-9]{10,64}");

  private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  static ListQuery parse(QueryParameters parameters) {
    Instant after = time(parameters, SUBMITTED_AFTER);
    Instant before = time(parameters, SUBMITTED_BEFORE);
    if (after != null && before != null && !after.isBefore(before)) {
      throw invalid(SUBMITTED_AFTER, "submittedAfter (" + after + ") must be earlier than"
          + " submittedBefore (" + before + ").");
    }
    RequestFilter filter = new RequestFilter(
        id(parameters, QUALIFICATION_TYPE_ID, TYPE_OR_REQUEST_ID),
        id(parameters, WORKER_ID, WORKER),
        status(parameters),
        after,
        before);
    return new ListQuery(filter, limit(parameters), includeAnswer(parameters),
        parameters.get(NEXT_TOKEN));
  }

  private static String id(QueryParameters parameters, String name, Pattern pattern) {
    String value = parameters.get(name);
    if (value != null && !pattern.matcher(value).matches()) {
      throw invalid(name, name + " '" + Problem.echo(value) + "' is not an MTurk id; MTurk ids"
          + " are upper-case letters and digits (" + pattern.pattern() + ").");
    }
    return value;
  }

  private static String status(QueryParameters parameters) {
    String value = parameters.get(STATUS);
    if (value != null && !STATUSES.contains(value)) {
      throw invalid(STATUS, "status '" + Problem.echo(value) + "' is unknown; give one of "
          + String.join(", ", STATUSES) + ".");
    }
    return value;
  }

  private static int limit(QueryParameters parameters) {
    String value = parameters.get(LIMIT);
    if (value == null) {
      return DEFAULT_LIMIT;
    }
    if (!value.matches("[0-9]{1,3}")
        || Integer.parseInt(value) < 1 || Integer.parseInt(value) > PageRequest.MAX_LIMIT) {
      throw invalid(LIMIT, "limit '" + Problem.echo(value) + "' is not a whole number from 1 to "
          + PageRequest.MAX_LIMIT + "; leave it out for " + DEFAULT_LIMIT + ".");
    }
    return Integer.parseInt(value);
  }

  private static boolean includeAnswer(QueryParameters parameters) {
    String value = parameters.get(INCLUDE);
    if (value != null && !INCLUDE_ANSWER.equals(value)) {
      throw invalid(INCLUDE, "include '" + Problem.echo(value) + "' is unknown; the only value"
          + " is 'answer', which adds each request's test and answer.");
    }
    return value != null;
  }

  /** An ISO-8601 time with a zone offset, or a date meaning its first instant in UTC. */
  private static Instant time(QueryParameters parameters, String name) {
    String value = parameters.get(name);
    if (value == null) {
      return null;
    }
    Instant instant = parseTime(value);
    if (instant == null || instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw invalid(name, name + " '" + Problem.echo(value) + "' is not an ISO-8601 time"
          + " between 1970 and 9999 with a zone, such as 2025-01-31T09:30:00Z or 2025-01-31.");
    }
    return instant;
  }

  private static Instant parseTime(String value) {
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE)
            .atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ProblemException invalid(String parameter, String detail) {
    return new ProblemException(Problem.invalidParameter(parameter, detail));
  }
}
