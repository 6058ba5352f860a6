package dev.qualwatch.store;

/**
 * How much of a listing to return.
 *
 * @param limit how many requests at most, 1 to {@link #MAX_LIMIT}
 * @param start the position the previous page ended with, or {@code null} for the first page
 * @param withTestAndAnswer whether to read each request's test and answer, which can be large
 */
public record PageRequest(int limit, PagePosition start, boolean withTestAndAnswer) {
  public static final int MAX_LIMIT = 100;

  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit is " + limit + "; give 1 to " + MAX_LIMIT);
    }
  }
}
