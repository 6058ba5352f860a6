package dev.qualwatch.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AWS CLI (botocore's own paginator) against the simulator; skipped where aws is absent. */
class AwsCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path workDir;

  private MTurkSimulator simulator;

  @BeforeEach
  void start() {
    assumeTrue(awsOnPath(), "the aws command is not on PATH");
    simulator = MTurkSimulator.start(0);
  }

  @AfterEach
  void stop() {
    if (simulator != null) {
      simulator.close();
    }
  }

  @Test
  void listQualificationRequests_withPageSize7_returnsAll40RequestsOnce() throws Exception {
    List<String> submitted = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      submitted.add(simulator.submitRequest("3CLITYPE", "A1CLIWORKER" + i,
          Instant.parse("2024-07-01T08:00:00.25Z").plusSeconds(i), "test", "answer"));
    }

    JsonNode output = runAws("mturk", "list-qualification-requests",
        "--endpoint-url", simulator.endpoint().toString(), "--region", "us-east-1",
        "--page-size", "7", "--output", "json");

    List<String> listed = new ArrayList<>();
    output.get("QualificationRequests")
        .forEach(request -> listed.add(request.get("QualificationRequestId").asText()));
    assertThat(listed).containsExactlyElementsOf(submitted);
    assertThat(simulator.calls("ListQualificationRequests")).isEqualTo(6);
  }

  private JsonNode runAws(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("aws"));
    command.addAll(List.of(args));
    Path stdout = workDir.resolve("stdout.json");
    Path stderr = workDir.resolve("stderr.txt");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile());
    isolate(builder.environment());

    Process process = builder.start();
    boolean finished = process.waitFor(90, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }

    assertThat(finished).as("aws finished within 90 s").isTrue();
    assertThat(process.exitValue())
        .as("aws exit status; stderr: %s", Files.readString(stderr, StandardCharsets.UTF_8))
        .isZero();
    return JSON.readTree(stdout.toFile());
  }

  /** Dummy credentials, and no profile or config file of whoever runs the build. */
  private void isolate(Map<String, String> env) {
    env.remove("AWS_PROFILE");
    env.remove("AWS_DEFAULT_PROFILE");
    env.remove("AWS_SESSION_TOKEN");
    env.put("AWS_ACCESS_KEY_ID", "AKIASIMULATOR");
    env.put("AWS_SECRET_ACCESS_KEY", "simulator-secret");
    env.put("AWS_CONFIG_FILE", workDir.resolve("no-config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", workDir.resolve("no-credentials").toString());
    env.put("AWS_PAGER", "");
  }

  private static boolean awsOnPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "aws"))) {
        return true;
      }
    }
    return false;
  }
}
