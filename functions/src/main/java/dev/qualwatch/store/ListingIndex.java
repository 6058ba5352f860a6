package dev.qualwatch.store;

import java.util.function.Function;

/** The indexes a listing can read, each keyed on one filter and sorted by submit time. */
enum ListingIndex {
  BY_WORKER(TableSchema.INDEX_BY_WORKER, TableSchema.WORKER_ID, RequestFilter::workerId),
  BY_TYPE(
      TableSchema.INDEX_BY_TYPE, TableSchema.QUALIFICATION_TYPE_ID,
      RequestFilter::qualificationTypeId),
  BY_STATUS(TableSchema.INDEX_BY_STATUS, TableSchema.STATUS, RequestFilter::status),
  BY_SUBMIT_TIME(
      TableSchema.INDEX_BY_SUBMIT_TIME, TableSchema.RECORD_TYPE,
      filter -> TableSchema.RECORD_TYPE_REQUEST);

  private final String indexName;
  private final String attribute;
  private final Function<RequestFilter, String> value;

  ListingIndex(String indexName, String attribute, Function<RequestFilter, String> value) {
    this.indexName = indexName;
    this.attribute = attribute;
    this.value = value;
  }

  /** The first index, in declaration order, whose key the filter gives a value for. */
  static ListingIndex forFilter(RequestFilter filter) {
    for (ListingIndex index : values()) {
      if (index.value(filter) != null) {
        return index;
      }
    }
    throw new IllegalStateException("bySubmitTime always has a key value");
  }

  String indexName() {
    return indexName;
  }

  /** The index's partition key attribute. */
  String attribute() {
    return attribute;
  }

  /** The partition key value the filter asks for, or {@code null} when it names none. */
  String value(RequestFilter filter) {
    return value.apply(filter);
  }
}
