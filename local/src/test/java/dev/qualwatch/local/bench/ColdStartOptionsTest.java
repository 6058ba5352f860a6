package dev.qualwatch.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ColdStartOptionsTest {

  @Test
  void parse_withNoArguments_runsSevenJvmsWithTwentyWarmCallsAndComparesFlags() {
    ColdStartOptions options = ColdStartOptions.parse();

    assertThat(options.runs()).isEqualTo(7);
    assertThat(options.warmCalls()).isEqualTo(20);
    assertThat(options.compareFlags()).isTrue();
    assertThat(options.functionsClasspath()).isEmpty();
  }

  @Test
  void parse_withEveryOption_setsEach() {
    ColdStartOptions options = ColdStartOptions.parse("--runs", "3", "--warm", "5", "--no-flags",
        "--functions-classpath", "functions/target/runtime.classpath");

    assertThat(options.runs()).isEqualTo(3);
    assertThat(options.warmCalls()).isEqualTo(5);
    assertThat(options.compareFlags()).isFalse();
    assertThat(options.functionsClasspath())
        .contains(Path.of("functions/target/runtime.classpath"));
  }

  @Test
  void parse_withOptionMissingItsValue_namesTheOption() {
    assertThatThrownBy(() -> ColdStartOptions.parse("--runs"))
        .hasMessageStartingWith("--runs needs a value");
  }

  @Test
  void parse_withUnknownArgument_printsTheUsage() {
    assertThatThrownBy(() -> ColdStartOptions.parse("--cold"))
        .hasMessageContaining("unknown argument '--cold'")
        .hasMessageContaining(ColdStartOptions.USAGE);
  }

  @Test
  void parse_withNoRuns_refuses() {
    assertThatThrownBy(() -> ColdStartOptions.parse("--runs", "0"))
        .hasMessageContaining("at least 1");
  }
}
