package dev.qualwatch.local.bench;

import dev.qualwatch.poll.PollResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One run's calls per service and operation: as the SDK clients made them (an interceptor on
 * each), as the MTurk simulator received them, and as the poller reported them, beside the floor.
 */
final class CallTable {
  private static final String FORMAT = "  %-9s %-26s %8s %8s %8s  %-8s %s%n";

  private final PollBenchmark.Counters counters;
  private final PollResult result;
  private final Floor floor;

  CallTable(PollBenchmark.Counters counters, PollResult result, Floor floor) {
    this.counters = counters;
    this.result = result;
    this.floor = floor;
  }

  /** Prints the table; true when no line is above (or short of) its floor. */
  boolean print(PrintStream out) {
    out.printf(FORMAT, "SERVICE", "OPERATION", "CLIENT", "SERVER", "POLLER", "FLOOR", "");
    boolean atFloor = true;
    Map<String, Map<String, Integer>> services = counters.byService();
    for (String key : keys(services)) {
      String service = key.substring(0, key.indexOf(':'));
      String operation = key.substring(key.indexOf(':') + 1);
      int client = services.get(service).getOrDefault(operation, 0);
      Optional<Floor.Verdict> verdict = floor.judge(key, client);
      atFloor &= verdict.map(v -> v.verdict().equals("OK")).orElse(true);
      out.printf(FORMAT, service, operation, client, server(service, operation),
          poller(key), verdict.map(Floor.Verdict::floor).orElse("-"),
          verdict.map(Floor.Verdict::verdict).orElse(""));
    }
    services.forEach((service, calls) -> out.printf(FORMAT, service, "(all operations)",
        total(calls), "", result.calls().getOrDefault(service, 0), "", ""));
    return atFloor;
  }

  /** The floor's operations first, then every other one any counter saw, by name. */
  private List<String> keys(Map<String, Map<String, Integer>> services) {
    List<String> keys = new ArrayList<>(floor.rows());
    TreeSet<String> others = new TreeSet<>(result.operations().keySet());
    services.forEach((service, calls) ->
        calls.keySet().forEach(operation -> others.add(service + ":" + operation)));
    others.removeAll(keys);
    keys.addAll(others);
    return keys;
  }

  /** Every call once: the PutItem breakdown rows are left out. */
  private static int total(Map<String, Integer> calls) {
    return calls.entrySet().stream()
        .filter(entry -> !entry.getKey().contains(" "))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  private String server(String service, String operation) {
    return service.equals("mturk") ? String.valueOf(counters.simulator().calls(operation)) : "";
  }

  private String poller(String key) {
    Integer count = result.operations().get(key);
    return count == null ? "-" : String.valueOf(count);
  }
}
