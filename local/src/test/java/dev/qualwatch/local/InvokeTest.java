package dev.qualwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InvokeTest {

  @Test
  void readEvent_scheduledEventFile_readsAsTheLambdaRuntimeDoes() throws IOException {
    Path repository = TemplateResources.find(Path.of("")).getParent();

    ScheduledEvent event = Invoke.readEvent(repository.resolve("events/poll-scheduled.json"));

    assertThat(event.getSource()).isEqualTo("aws.scheduler");
    assertThat(event.getDetailType()).isEqualTo("Scheduled Event");
    assertThat(event.getTime()).isNotNull();
  }

  @Test
  void context_remainingTime_countsDownFromTheTimeout() {
    LocalContext context = LocalContext.start("f", Duration.ofSeconds(60), System.out);

    assertThat(context.getRemainingTimeInMillis()).isBetween(55_000, 60_000);
    assertThat(context.getFunctionName()).isEqualTo("f");
    assertThat(context.getAwsRequestId()).isNotBlank();
  }
}
