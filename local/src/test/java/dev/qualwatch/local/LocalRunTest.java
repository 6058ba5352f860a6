package dev.qualwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README command 1 without the build step: {@code ./local-run --no-serve}. */
class LocalRunTest {

  @Test
  void run_withSimulator_storesNotifiesOnceAndFindsNothingNewTheSecondTime() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    Path repository = TemplateResources.find(Path.of("")).getParent();

    int exitCode;
    try (LocalRun run = new LocalRun(LocalRunOptions.parse("--no-serve"), out, repository)) {
      exitCode = run.run();
    }
    String output = buffer.toString(StandardCharsets.UTF_8);

    assertThat(exitCode).as(output).isZero();
    assertThat(output)
        .contains("Result: listed 12, new 12, notified 12, resolved 0")
        .contains("Stored in table qualwatch-requests: 12 qualification requests")
        .contains("1 message", "12 requests here, 12 new in all")
        .contains("Result: listed 12, new 0, notified 0, resolved 0")
        .contains("Nothing new: no request stored, nothing published (the queue is empty).")
        .doesNotContain("La reunion se ha aplazado", "Translate:");
  }
}
