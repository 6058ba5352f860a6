package dev.qualwatch.local.bench;

import java.util.List;

/**
 * The JVM options a child starts with. Lambda's java17 and java21 runtimes use the serial
 * collector and stop tiered compilation at level 1 (C1 only) by default, which is what AWS
 * recommends through {@code JAVA_TOOL_OPTIONS} for older runtimes; on java21 that setting changes
 * nothing. The realistic alternative is the JVM's own full tiered compilation (C1 then C2), which
 * a function gets with {@code -XX:TieredStopAtLevel=4} and which Lambda's java25 runtime uses
 * with SnapStart (docs.aws.amazon.com/lambda/latest/dg/java-customization.html).
 */
enum JvmFlags {
  LAMBDA_JAVA21("C1 only (java21)",
      List.of("-XX:+UseSerialGC", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1")),
  FULL_TIERED("C1+C2 tiered",
      List.of("-XX:+UseSerialGC", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=4"));

  private final String label;
  private final List<String> options;

  JvmFlags(String label, List<String> options) {
    this.label = label;
    this.options = options;
  }

  String label() {
    return label;
  }

  List<String> options() {
    return options;
  }
}
