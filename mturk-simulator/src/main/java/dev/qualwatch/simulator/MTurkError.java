package dev.qualwatch.simulator;

/**
 * An error answer in MTurk's AWS JSON 1.1 shape: the code goes to {@code __type}, so the AWS SDKs
 * map {@code RequestError} and {@code ServiceFault} to their modelled exceptions.
 */
final class MTurkError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String turkErrorCode;

  private MTurkError(int status, String code, String message, String turkErrorCode) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.turkErrorCode = turkErrorCode;
  }

  static MTurkError requestError(String turkErrorCode, String message) {
    return new MTurkError(400, "RequestError", message, turkErrorCode);
  }

  static MTurkError serviceFault(String message) {
    return new MTurkError(500, "ServiceFault", message, "AWS.ServiceUnavailable");
  }

  static MTurkError throttling() {
    return new MTurkError(400, "ThrottlingException", "Rate exceeded", null);
  }

  static MTurkError unknownOperation(String message) {
    return new MTurkError(400, "UnknownOperationException", message, null);
  }

  static MTurkError serialization(String message) {
    return new MTurkError(400, "SerializationException", message, null);
  }

  static MTurkError of(Fault fault) {
    return switch (fault) {
      case THROTTLING -> throttling();
      case SERVICE_FAULT -> serviceFault(
          "Amazon Mechanical Turk is temporarily unable to process your request."
              + " Try your call again. (fault injected by the MTurk simulator)");
    };
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  /** MTurk's finer-grained error code, or {@code null} when the answer carries none. */
  String turkErrorCode() {
    return turkErrorCode;
  }
}
