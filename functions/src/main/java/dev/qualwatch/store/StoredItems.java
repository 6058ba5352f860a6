package dev.qualwatch.store;

import static dev.qualwatch.store.TableSchema.ANSWER;
import static dev.qualwatch.store.TableSchema.FIRST_SEEN_AT;
import static dev.qualwatch.store.TableSchema.QUALIFICATION_REQUEST_ID;
import static dev.qualwatch.store.TableSchema.QUALIFICATION_TYPE_ID;
import static dev.qualwatch.store.TableSchema.RESOLVED_AT;
import static dev.qualwatch.store.TableSchema.STATUS;
import static dev.qualwatch.store.TableSchema.SUBMIT_TIME;
import static dev.qualwatch.store.TableSchema.TEST;
import static dev.qualwatch.store.TableSchema.WORKER_ID;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Turns the table's items into the reader's records, naming the item and attribute on failure. */
final class StoredItems {
  private StoredItems() {}

  static StoredRequest request(Map<String, AttributeValue> item) {
    return new StoredRequest(
        requiredString(item, QUALIFICATION_REQUEST_ID),
        requiredString(item, QUALIFICATION_TYPE_ID),
        requiredString(item, WORKER_ID),
        requiredInstant(item, SUBMIT_TIME),
        optionalInstant(item, FIRST_SEEN_AT),
        requiredString(item, STATUS),
        optionalInstant(item, RESOLVED_AT),
        optionalString(item, TEST),
        optionalString(item, ANSWER));
  }

  static String requiredString(Map<String, AttributeValue> item, String attribute) {
    String value = optionalString(item, attribute);
    if (value == null) {
      throw malformed(item, attribute, "has no string value");
    }
    return value;
  }

  static Instant requiredInstant(Map<String, AttributeValue> item, String attribute) {
    Instant value = optionalInstant(item, attribute);
    if (value == null) {
      throw malformed(item, attribute, "has no time");
    }
    return value;
  }

  private static String optionalString(Map<String, AttributeValue> item, String attribute) {
    AttributeValue value = item.get(attribute);
    return value == null ? null : value.s();
  }

  private static Instant optionalInstant(Map<String, AttributeValue> item, String attribute) {
    String text = optionalString(item, attribute);
    if (text == null) {
      return null;
    }
    try {
      return Timestamps.parse(text);
    } catch (DateTimeException e) {
      throw malformed(item, attribute, "is '" + text + "', which is not an ISO-8601 time");
    }
  }

  private static StoreException malformed(
      Map<String, AttributeValue> item, String attribute, String problem) {
    AttributeValue key = item.get(QUALIFICATION_REQUEST_ID);
    String id = key == null ? "(no key)" : key.s();
    return new StoreException(
        "item " + id + ": attribute " + attribute + " " + problem + "; the poller wrote it", null);
  }
}
