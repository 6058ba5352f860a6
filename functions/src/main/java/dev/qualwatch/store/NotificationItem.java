package dev.qualwatch.store;

import java.time.Instant;

/** What a notification says of one request: never its test or answer. */
public record NotificationItem(
    String qualificationRequestId,
    String qualificationTypeId,
    String workerId,
    Instant submitTime,
    Instant firstSeenAt) {}
