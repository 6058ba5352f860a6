package dev.qualwatch.local.bench;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The cold-start benchmark's options.
 *
 * @param runs fresh JVMs per function and flag set ({@code --runs}, default 7)
 * @param warmCalls warm calls per JVM after the first ({@code --warm}, default 20)
 * @param compareFlags whether to measure full tiered compilation too: yes by default, as it
 *     adds under a minute; {@code --no-flags} skips it ({@code --flags} asks for it explicitly)
 * @param functionsClasspath a file holding the functions' runtime classpath, as
 *     {@code mvn dependency:build-classpath} writes it ({@code --functions-classpath}); without
 *     it the children run on this JVM's classpath and the package size is not measured
 */
record ColdStartOptions(int runs, int warmCalls, boolean compareFlags,
    Optional<Path> functionsClasspath) {
  static final String USAGE = "usage: ColdStartBenchmark [--runs N] [--warm N] [--no-flags]"
      + " [--functions-classpath FILE]";

  ColdStartOptions {
    if (runs < 1 || warmCalls < 1) {
      throw new IllegalArgumentException("--runs and --warm must be at least 1; " + USAGE);
    }
  }

  static ColdStartOptions parse(String... args) {
    int runs = 7;
    int warmCalls = 20;
    boolean compareFlags = true;
    Optional<Path> classpath = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(value(args, ++i));
        case "--warm" -> warmCalls = Integer.parseInt(value(args, ++i));
        case "--flags" -> compareFlags = true;
        case "--no-flags" -> compareFlags = false;
        case "--functions-classpath" -> classpath = Optional.of(Path.of(value(args, ++i)));
        default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'; "
            + USAGE);
      }
    }
    return new ColdStartOptions(runs, warmCalls, compareFlags, classpath);
  }

  private static String value(String[] args, int index) {
    if (index >= args.length) {
      throw new IllegalArgumentException(args[index - 1] + " needs a value; " + USAGE);
    }
    return args[index];
  }
}
