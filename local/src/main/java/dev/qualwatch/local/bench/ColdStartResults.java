package dev.qualwatch.local.bench;

import dev.qualwatch.local.bench.ChildLauncher.Sample;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The samples of every timed child, by function and JVM flags, and their medians. */
final class ColdStartResults {
  private final Map<ColdStartFunction, Map<JvmFlags, List<Sample>>> samples =
      new EnumMap<>(ColdStartFunction.class);

  void add(ColdStartFunction function, JvmFlags flags, Sample sample) {
    samples.computeIfAbsent(function, f -> new EnumMap<>(JvmFlags.class))
        .computeIfAbsent(flags, f -> new ArrayList<>())
        .add(sample);
  }

  boolean has(ColdStartFunction function, JvmFlags flags) {
    return !samples.getOrDefault(function, Map.of()).getOrDefault(flags, List.of()).isEmpty();
  }

  Medians medians(ColdStartFunction function, JvmFlags flags) {
    List<Sample> runs = samples.getOrDefault(function, Map.of()).getOrDefault(flags, List.of());
    return new Medians(runs.size(),
        Stats.median(runs, Sample::spawnToMainMs),
        Stats.median(runs, s -> s.timings().jvmStartToMainMs()),
        Stats.median(runs, s -> s.timings().initMs()),
        Stats.median(runs, s -> s.timings().firstInvokeMs()),
        Stats.median(runs, s -> s.timings().warmMedianMs()),
        Stats.median(runs, s -> s.timings().coldMs()),
        runs.stream().mapToDouble(s -> s.timings().coldMs()).min().orElse(Double.NaN),
        runs.stream().mapToDouble(s -> s.timings().coldMs()).max().orElse(Double.NaN),
        Stats.median(runs, s -> s.timings().eventMs()));
  }

  /**
   * Medians over the runs of one function and flag set, each column on its own; {@code coldMs}
   * is the median of each run's init plus first invoke, not the sum of the two medians, and
   * {@code coldMinMs} and {@code coldMaxMs} show how far the runs spread around it.
   */
  record Medians(int runs, double spawnToMainMs, double jvmStartToMainMs, double initMs,
      double firstInvokeMs, double warmMs, double coldMs, double coldMinMs, double coldMaxMs,
      double eventMs) {

    /** How many warm calls one cold start costs. */
    double coldToWarm() {
      return coldMs / warmMs;
    }
  }
}
