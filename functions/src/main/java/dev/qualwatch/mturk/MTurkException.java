package dev.qualwatch.mturk;

/** MTurk refused or failed a call, after the SDK's retries. */
public class MTurkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean refused;

  public MTurkException(String message, Throwable cause) {
    this(message, cause, false);
  }

  MTurkException(String message, Throwable cause, boolean refused) {
    super(message, cause);
    this.refused = refused;
  }

  /**
   * Whether MTurk refused this call's input ({@code RequestError}), such as a qualification type
   * id the caller does not own, rather than failing to serve it: a refusal concerns this call
   * only, so other listings may go on.
   */
  public boolean isRefusal() {
    return refused;
  }
}
