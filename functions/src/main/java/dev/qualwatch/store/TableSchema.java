package dev.qualwatch.store;

/**
 * Attribute and index names of the qualwatch table. {@code template.yaml} defines the same
 * indexes; {@code TemplateTest} in the integration tests checks that the two agree.
 *
 * <p>One item per qualification request, keyed by MTurk's request id, plus one poll-state item
 * under the reserved key {@link #POLL_STATE_KEY}, which no MTurk id can equal (MTurk ids are
 * upper-case letters and digits). Every index is keyed on an attribute that the poll-state item
 * lacks, so it never shows up in a listing.
 */
public final class TableSchema {
  private TableSchema() {}

  // Request items.
  public static final String QUALIFICATION_REQUEST_ID = "qualificationRequestId";
  public static final String QUALIFICATION_TYPE_ID = "qualificationTypeId";
  public static final String WORKER_ID = "workerId";
  public static final String SUBMIT_TIME = "submitTime";
  public static final String TEST = "test";
  public static final String ANSWER = "answer";
  public static final String FIRST_SEEN_AT = "firstSeenAt";
  public static final String STATUS = "status";
  public static final String RESOLVED_AT = "resolvedAt";
  /** Constant on every request item, so that one index can list all of them by submit time. */
  public static final String RECORD_TYPE = "recordType";
  public static final String RECORD_TYPE_REQUEST = "qualification-request";
  /** Present (value {@code "true"}) only while a request still waits to be notified. */
  public static final String NOTIFICATION_PENDING = "notificationPending";
  /** Until this time (ISO-8601) the run that set it owns the notification of the request. */
  public static final String NOTIFICATION_LEASE_UNTIL = "notificationLeaseUntil";
  public static final String NOTIFIED_AT = "notifiedAt";

  public static final String STATUS_PENDING = "pending";
  public static final String STATUS_RESOLVED = "resolved";

  // Indexes; every one is sorted by submit time.
  public static final String INDEX_BY_TYPE = "byType";
  public static final String INDEX_BY_WORKER = "byWorker";
  public static final String INDEX_BY_STATUS = "byStatus";
  public static final String INDEX_BY_SUBMIT_TIME = "bySubmitTime";
  public static final String INDEX_NOTIFICATION_PENDING = "byNotificationPending";

  // The poll-state item.
  public static final String POLL_STATE_KEY = "#poll-state";
  public static final String LAST_SUCCESSFUL_POLL_AT = "lastSuccessfulPollAt";
  /** Map of qualification type id to {@code {pendingCount, newestSubmitTime, lastListedAt}}. */
  public static final String TYPES = "types";
  public static final String PENDING_COUNT = "pendingCount";
  public static final String NEWEST_SUBMIT_TIME = "newestSubmitTime";
  public static final String LAST_LISTED_AT = "lastListedAt";
}
