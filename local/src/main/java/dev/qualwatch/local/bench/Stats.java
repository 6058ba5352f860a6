package dev.qualwatch.local.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Medians, the only statistic the cold-start figures are read by on a noisy machine. */
final class Stats {
  private Stats() {}

  static double median(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("the median of no values is undefined");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  static <T> double median(List<T> items, ToDoubleFunction<T> value) {
    return median(items.stream().mapToDouble(value).toArray());
  }
}
