package dev.qualwatch.simulator;

import java.time.Instant;
import java.util.Comparator;

/** A place in a listing: items are ordered by time, then by id, and a page resumes after one. */
record Position(Instant time, String id) implements Comparable<Position> {

  private static final Comparator<Position> ORDER =
      Comparator.comparing(Position::time).thenComparing(Position::id);

  @Override
  public int compareTo(Position other) {
    return ORDER.compare(this, other);
  }
}
