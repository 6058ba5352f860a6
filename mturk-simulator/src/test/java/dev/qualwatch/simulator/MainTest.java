package dev.qualwatch.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.mturk.MTurkClient;

class MainTest {

  private static final String BANNER = "MTurk simulator listening on ";

  @Test
  void main_asAPlainJavaProcess_announcesItsEndpointFirstAndServesTheSeededRequests()
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "--port", "0", "--requests", "45", "--types", "4")
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String firstLine = CompletableFuture.supplyAsync(() -> readLine(out))
          .get(30, TimeUnit.SECONDS);

      assertThat(firstLine)
          .matches("MTurk simulator listening on http://127\\.0\\.0\\.1:\\d+");
      URI endpoint = URI.create(firstLine.substring(BANNER.length()));
      try (MTurkClient client = SdkClients.withoutRetries(endpoint)) {
        long listed = client.listQualificationRequestsPaginator(r -> r.maxResults(100))
            .stream().mapToInt(page -> page.qualificationRequests().size()).sum();
        assertThat(listed).isEqualTo(45);
      }
    } finally {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void options_parseEveryFlag() {
    Main.Options options = Main.Options.parse(new String[] {
      "--port", "8123", "--demo", "--requests", "1000", "--types", "5"});

    assertThat(options).isEqualTo(new Main.Options(8123, true, 1000, 5));
  }

  @Test
  void options_withUnknownFlagOrMissingNumber_areRejected() {
    assertThatThrownBy(() -> Main.Options.parse(new String[] {"--verbose"}))
        .hasMessageContaining("--verbose");
    assertThatThrownBy(() -> Main.Options.parse(new String[] {"--port"}))
        .hasMessageContaining("--port");
    assertThatThrownBy(() -> Main.Options.parse(new String[] {"--types", "0"}))
        .hasMessageContaining("--types");
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
