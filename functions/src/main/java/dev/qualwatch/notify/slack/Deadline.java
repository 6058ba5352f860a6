package dev.qualwatch.notify.slack;

import java.time.Duration;

/** The time by which a delivery must be done, so that retries never outlive the invocation. */
final class Deadline {
  private final long deadlineNanos;

  private Deadline(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  /** A deadline {@code time} from now. */
  static Deadline in(Duration time) {
    return new Deadline(System.nanoTime() + time.toNanos());
  }

  /**
   * The deadline of a Lambda invocation with {@code remainingMillis} left, keeping {@code margin}
   * to report a failure before Lambda stops the function.
   */
  static Deadline ofInvocation(long remainingMillis, Duration margin) {
    return in(Duration.ofMillis(remainingMillis).minus(margin));
  }

  Duration remaining() {
    long left = deadlineNanos - System.nanoTime();
    return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
  }

  /** Whether waiting {@code wait} still leaves {@code thenNeeded} for one more attempt. */
  boolean allows(Duration wait, Duration thenNeeded) {
    return remaining().compareTo(wait.plus(thenNeeded)) >= 0;
  }
}
