package dev.qualwatch.simulator;

/** A failure the simulator can inject in place of a normal answer. */
public enum Fault {

  /**
   * HTTP 400 with error code {@code ThrottlingException} and message {@code Rate exceeded}, as
   * MTurk answers when a requester calls too often. The AWS SDKs treat the code as throttling and
   * retry with back-off.
   */
  THROTTLING,

  /**
   * HTTP 500 with error code {@code ServiceFault}, MTurk's "temporarily unable to process your
   * request"; the AWS SDK for Java v2 raises it as {@code ServiceFaultException}.
   */
  SERVICE_FAULT
}
