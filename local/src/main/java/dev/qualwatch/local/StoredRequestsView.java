package dev.qualwatch.local;

import dev.qualwatch.store.TableSchema;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Prints the qualification requests stored in the table: id, type, worker, submit time, status.
 * Tests and answers are stored too, and are never printed.
 */
final class StoredRequestsView {
  private static final List<String> SHOWN = List.of(TableSchema.QUALIFICATION_REQUEST_ID,
      TableSchema.QUALIFICATION_TYPE_ID, TableSchema.WORKER_ID, TableSchema.SUBMIT_TIME,
      TableSchema.STATUS);

  private StoredRequestsView() {}

  /** Prints the stored requests and returns their ids. */
  static List<String> print(DynamoDbClient dynamoDb, String tableName, PrintStream out) {
    List<Map<String, AttributeValue>> items = scan(dynamoDb, tableName);

    out.println("Stored in table " + tableName + ": " + items.size() + " qualification "
        + "requests (tests and answers are stored too, and not shown here)");
    TextTable table = new TextTable("QUALIFICATION REQUEST", "QUALIFICATION TYPE", "WORKER",
        "SUBMIT TIME", "STATUS");
    items.forEach(item -> table.row(SHOWN.stream().map(name -> text(item, name))
        .toArray(String[]::new)));
    table.print(out, "  ");
    return items.stream().map(item -> text(item, TableSchema.QUALIFICATION_REQUEST_ID)).toList();
  }

  private static List<Map<String, AttributeValue>> scan(DynamoDbClient dynamoDb, String table) {
    Map<String, String> names = Map.of("#id", TableSchema.QUALIFICATION_REQUEST_ID,
        "#type", TableSchema.QUALIFICATION_TYPE_ID, "#worker", TableSchema.WORKER_ID,
        "#submit", TableSchema.SUBMIT_TIME, "#status", TableSchema.STATUS,
        "#record", TableSchema.RECORD_TYPE);
    return dynamoDb.scanPaginator(b -> b.tableName(table)
            .projectionExpression("#id, #type, #worker, #submit, #status, #record")
            .expressionAttributeNames(names))
        .items().stream()
        .filter(item -> item.containsKey(TableSchema.RECORD_TYPE))
        .sorted(Comparator.comparing((Map<String, AttributeValue> item) ->
                text(item, TableSchema.QUALIFICATION_TYPE_ID))
            .thenComparing(item -> text(item, TableSchema.SUBMIT_TIME)))
        .toList();
  }

  private static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.s() == null ? "-" : value.s();
  }
}
