package dev.qualwatch.store;

import java.time.Instant;

/** A stored request whose status is pending. */
public record PendingRequest(
    String qualificationRequestId, String qualificationTypeId, Instant firstSeenAt) {}
