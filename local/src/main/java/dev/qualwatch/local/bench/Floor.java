package dev.qualwatch.local.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fewest calls a run can make: per type {@code ceil(n/100)} ListQualificationRequests
 * calls (MaxResults is at most 100), no more BatchGetItem calls than list calls (one per page
 * at most), and, when nothing is new, no PutItem of a request and no Publish.
 *
 * @param perType pending requests per qualification type
 * @param firstRun whether everything is new (the first run) or nothing is (the second)
 */
record Floor(Map<String, Long> perType, boolean firstRun) {
  static final int PAGE_SIZE = 100;

  /** A floor's text and whether {@code measured} meets it. */
  record Verdict(String floor, String verdict) {}

  int listCalls() {
    return perType.values().stream()
        .mapToInt(n -> (int) ((n + PAGE_SIZE - 1) / PAGE_SIZE))
        .sum();
  }

  /** The operations with a floor, keyed {@code service:Operation}, in the order to print. */
  List<String> rows() {
    List<String> rows = new ArrayList<>(
        List.of("mturk:ListQualificationRequests", "dynamodb:BatchGetItem"));
    if (!firstRun) {
      rows.addAll(List.of("dynamodb:" + OperationCounter.REQUEST_PUT, "sns:Publish"));
    }
    return rows;
  }

  Optional<Verdict> judge(String operation, int measured) {
    int list = listCalls();
    return Optional.ofNullable(switch (operation) {
      case "mturk:ListQualificationRequests" -> new Verdict(String.valueOf(list),
          measured == list ? "OK" : measured > list ? "ABOVE FLOOR" : "BELOW: incomplete?");
      case "dynamodb:BatchGetItem" ->
          new Verdict("<= " + list, measured <= list ? "OK" : "ABOVE FLOOR");
      case "dynamodb:" + OperationCounter.REQUEST_PUT, "sns:Publish" -> firstRun ? null
          : new Verdict("0", measured == 0 ? "OK" : "ABOVE FLOOR");
      default -> null;
    });
  }
}
