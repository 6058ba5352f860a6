package dev.qualwatch.local.bench;

import dev.qualwatch.local.bench.ClassLoadLog.Origin;
import dev.qualwatch.local.bench.ClassLoadLog.Phase;
import dev.qualwatch.local.bench.ColdStartResults.Medians;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the cold-start benchmark's tables and the one-line summaries. */
final class ColdStartReport {
  private static final double MEGABYTE = 1024 * 1024;

  private final PrintStream out;

  ColdStartReport(PrintStream out) {
    this.out = out;
  }

  void timings(ColdStartResults results, List<JvmFlags> flagSets, int runs) {
    out.println();
    out.println("Cold start, median of " + runs + " fresh JVMs per row:");
    Table table = new Table(2, "function", "JVM flags", "spawn->main", "JVM start->main",
        "init (ctor)", "first invoke", "cold (init+first)", "cold min-max", "warm (median)",
        "cold/warm");
    for (ColdStartFunction function : ColdStartFunction.values()) {
      for (JvmFlags flags : flagSets) {
        Medians m = results.medians(function, flags);
        table.row(function.label(), flags.label(), millis(m.spawnToMainMs()),
            millis(m.jvmStartToMainMs()), millis(m.initMs()), millis(m.firstInvokeMs()),
            millis(m.coldMs()), range(m.coldMinMs(), m.coldMaxMs()), millis(m.warmMs()),
            times(m.coldToWarm()));
      }
    }
    table.print(out);
    Medians poll = results.medians(ColdStartFunction.POLL, flagSets.get(0));
    Medians api = results.medians(ColdStartFunction.API, flagSets.get(0));
    out.println("  Not in any column: reading the first event with the runtime's serializer, "
        + millis(poll.eventMs()) + " (poll) and " + millis(api.eventMs()) + " (api) with "
        + flagSets.get(0).label() + ";");
    out.println("  on Lambda the runtime client does that before it calls the handler.");
  }

  void summaries(ColdStartResults results) {
    out.println();
    Medians poll = results.medians(ColdStartFunction.POLL, JvmFlags.LAMBDA_JAVA21);
    Medians api = results.medians(ColdStartFunction.API, JvmFlags.LAMBDA_JAVA21);
    out.println(summary("Poll", poll) + "; no SnapStart here, so every new execution "
        + "environment pays it all, after " + millis(poll.jvmStartToMainMs())
        + " of JVM start.");
    out.println(summary("API", api) + "; init (" + millis(api.initMs()) + ") is what SnapStart "
        + "removes, the first call's " + millis(api.firstInvokeMs())
        + " stays unless the handler primes it before the snapshot.");
    Medians primed = results.medians(ColdStartFunction.API_PRIMED, JvmFlags.LAMBDA_JAVA21);
    out.println("API primed: init with priming " + millis(primed.initMs())
        + " (in the snapshot), then a first call of " + millis(primed.firstInvokeMs())
        + " instead of " + millis(api.firstInvokeMs()) + ": the caller's share of a SnapStart"
        + " cold start, before restore itself, which this JVM cannot measure.");
  }

  void flagComparison(ColdStartResults results) {
    out.println();
    out.println("JVM flags: " + JvmFlags.LAMBDA_JAVA21.label() + " " + JvmFlags.LAMBDA_JAVA21
        .options() + " vs " + JvmFlags.FULL_TIERED.label() + " " + JvmFlags.FULL_TIERED.options()
        + "; ratio below 1 means C1 only is faster:");
    Table table = new Table(2, "function", "phase", JvmFlags.LAMBDA_JAVA21.label(),
        JvmFlags.FULL_TIERED.label(), "ratio");
    for (ColdStartFunction function : ColdStartFunction.values()) {
      Medians c1 = results.medians(function, JvmFlags.LAMBDA_JAVA21);
      Medians c2 = results.medians(function, JvmFlags.FULL_TIERED);
      compare(table, function, "init (ctor)", c1.initMs(), c2.initMs());
      compare(table, function, "first invoke", c1.firstInvokeMs(), c2.firstInvokeMs());
      compare(table, function, "cold (init+first)", c1.coldMs(), c2.coldMs());
      compare(table, function, "warm (median)", c1.warmMs(), c2.warmMs());
    }
    table.print(out);
  }

  void classLoads(Map<ColdStartFunction, ClassLoadLog> logs, int warmCalls) {
    out.println();
    out.println("Classes loaded per phase, from one more JVM per function run with "
        + "-Xlog:class+load (its timings are not used):");
    Table table = new Table(2, "function", "phase", "classes", "JDK", "libraries", "qualwatch",
        "harness");
    logs.forEach((function, log) -> {
      for (Phase phase : List.of(Phase.BOOT, Phase.INIT, Phase.EVENTS, Phase.FIRST_INVOKE,
          Phase.WARM)) {
        String label = phase == Phase.WARM ? warmCalls + " " + phase.label() : phase.label();
        table.row(function.label(), label, count(log.count(phase)),
            count(log.count(phase, Origin.JDK)), count(log.count(phase, Origin.LIBRARIES)),
            count(log.count(phase, Origin.QUALWATCH)), count(log.count(phase, Origin.HARNESS)));
      }
    });
    table.print(out);
    out.println("  (harness: this benchmark's child main and LocalContext, which Lambda's runtime"
        + " client replaces)");
  }

  void packageSize(PackageSize size) {
    out.println();
    out.printf(Locale.ROOT, "Deployment package (CodeUri functions/, shared by all three "
        + "functions): %s unzipped, %.1f%% of Lambda's %s limit%n", megabytes(size.totalBytes()),
        100.0 * size.totalBytes() / PackageSize.UNZIPPED_LIMIT_BYTES,
        megabytes(PackageSize.UNZIPPED_LIMIT_BYTES));
    out.printf(Locale.ROOT, "  functions/target/classes: %s in %,d class files; lib/: %d "
        + "runtime-scope jars. The 10 largest:%n", megabytes(size.classesBytes()),
        size.classFiles(), size.jars().size());
    Table table = new Table(1, "jar", "size");
    size.jars().stream().limit(10)
        .forEach(jar -> table.row(jar.name(), megabytes(jar.bytes())));
    table.print(out);
  }

  void note(String line) {
    out.println(line);
  }

  private static String summary(String name, Medians m) {
    return String.format(Locale.ROOT, "%s: cold start (init + first call) %s vs warm %s median,"
        + " %s", name, millis(m.coldMs()), millis(m.warmMs()), times(m.coldToWarm()));
  }

  private static void compare(Table table, ColdStartFunction function, String phase,
      double c1, double c2) {
    table.row(function.label(), phase, millis(c1), millis(c2),
        String.format(Locale.ROOT, "%.2f", c1 / c2));
  }

  static String millis(double ms) {
    return ms >= 100 ? String.format(Locale.ROOT, "%,.0f ms", ms)
        : String.format(Locale.ROOT, "%.1f ms", ms);
  }

  private static String range(double min, double max) {
    return String.format(Locale.ROOT, "%,.0f-%,.0f ms", min, max);
  }

  static String times(double ratio) {
    return ratio >= 10 ? String.format(Locale.ROOT, "%,.0fx", ratio)
        : String.format(Locale.ROOT, "%.1fx", ratio);
  }

  private static String count(int count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%,.2f MB", bytes / MEGABYTE);
  }
}
