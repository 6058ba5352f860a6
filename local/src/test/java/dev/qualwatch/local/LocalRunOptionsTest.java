package dev.qualwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocalRunOptionsTest {

  @Test
  void parse_withNoArguments_pollsTheSimulatorForEveryTypeAndServesOnPort3000() {
    LocalRunOptions options = LocalRunOptions.parse();

    assertThat(options.sandbox()).isFalse();
    assertThat(options.qualificationTypeIdsVariable()).isEmpty();
    assertThat(options.serve()).isTrue();
    assertThat(options.apiPort()).isEqualTo(3000);
  }

  @Test
  void parse_withEveryOption_setsEach() {
    LocalRunOptions options = LocalRunOptions.parse(
        "--mturk", "sandbox", "--types", "3AAA, 3BBB", "--no-serve", "--port", "8080");

    assertThat(options.sandbox()).isTrue();
    assertThat(options.qualificationTypeIdsVariable()).isEqualTo("3AAA,3BBB");
    assertThat(options.serve()).isFalse();
    assertThat(options.apiPort()).isEqualTo(8080);
  }

  @Test
  void parse_withProductionTarget_refusesAndNamesTheChoices() {
    assertThatThrownBy(() -> LocalRunOptions.parse("--mturk", "production"))
        .hasMessageContaining("give simulator or sandbox");
  }

  @Test
  void parse_withOptionMissingItsValue_namesTheOption() {
    assertThatThrownBy(() -> LocalRunOptions.parse("--port"))
        .hasMessage("--port needs a value");
  }

  @Test
  void parse_withUnknownArgument_namesIt() {
    assertThatThrownBy(() -> LocalRunOptions.parse("--serve"))
        .hasMessage("unknown argument '--serve'");
  }
}
