package dev.qualwatch.simulator;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a call is answered normally or with an injected fault. Throttling armed with
 * {@code throttleNext} goes first, then service faults armed with {@code failNext}, then the
 * per-operation rules of {@code failAfter}.
 */
final class FaultSwitches {

  private int throttleRemaining;
  private int failRemaining;
  private final Map<String, DelayedFault> delayed = new HashMap<>();

  synchronized void throttleNext(int calls) {
    throttleRemaining = requireNotNegative(calls, "calls");
  }

  synchronized void failNext(int calls) {
    failRemaining = requireNotNegative(calls, "calls");
  }

  synchronized void failAfter(String operation, int successfulCalls, Fault fault, int times) {
    requireNotNegative(successfulCalls, "successfulCalls");
    if (requireNotNegative(times, "times") == 0) {
      delayed.remove(operation);
      return;
    }
    delayed.put(operation, new DelayedFault(successfulCalls, fault, times));
  }

  /** The fault for this call of the operation, consuming one armed fault, or empty. */
  synchronized Optional<Fault> next(String operation) {
    if (throttleRemaining > 0) {
      throttleRemaining--;
      return Optional.of(Fault.THROTTLING);
    }
    if (failRemaining > 0) {
      failRemaining--;
      return Optional.of(Fault.SERVICE_FAULT);
    }
    DelayedFault rule = delayed.get(operation);
    if (rule == null) {
      return Optional.empty();
    }
    if (rule.successesLeft > 0) {
      rule.successesLeft--;
      return Optional.empty();
    }
    if (--rule.faultsLeft <= 0) {
      delayed.remove(operation);
    }
    return Optional.of(rule.fault);
  }

  private static int requireNotNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
    return value;
  }

  /** Lets {@code successesLeft} calls through, then fails {@code faultsLeft} calls. */
  private static final class DelayedFault {

    private int successesLeft;
    private final Fault fault;
    private int faultsLeft;

    DelayedFault(int successesLeft, Fault fault, int faultsLeft) {
      this.successesLeft = successesLeft;
      this.fault = fault;
      this.faultsLeft = faultsLeft;
    }
  }
}
