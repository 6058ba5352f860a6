package dev.qualwatch.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.qualwatch.api.ApiHandler;
import dev.qualwatch.local.TemplateResources;
import dev.qualwatch.poll.PollHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColdStartChildTest {

  @Test
  void functions_nameTheHandlersAndEventsTheTemplateUses() {
    Path events = TemplateResources.find(Path.of("")).getParent().resolve("events");

    assertThat(ColdStartFunction.POLL.handlerClass()).isEqualTo(PollHandler.class.getName());
    assertThat(ColdStartFunction.POLL.eventClass()).isEqualTo(ScheduledEvent.class.getName());
    assertThat(ColdStartFunction.API.handlerClass()).isEqualTo(ApiHandler.class.getName());
    assertThat(ColdStartFunction.API.eventClass())
        .isEqualTo(APIGatewayV2HTTPEvent.class.getName());
    for (ColdStartFunction function : ColdStartFunction.values()) {
      assertThat(function.eventFiles()).allSatisfy(name ->
          assertThat(Files.isRegularFile(events.resolve(name))).as(name).isTrue());
    }
  }

  @Test
  void timings_surviveTheTripFromChildToParent() {
    ChildTimings sent = new ChildTimings(1_000, 1_040, 512.25, 80.5, 300.125, 9.75);

    ChildTimings received = ChildLauncher.timings(
        List.of("{\"level\":\"INFO\"}", ChildTimings.MARKER + sent.toJson()),
        ColdStartFunction.API, 0);

    assertThat(received).isEqualTo(sent);
    assertThat(received.jvmStartToMainMs()).isEqualTo(40);
    assertThat(received.coldMs()).isEqualTo(812.375);
  }

  @Test
  void timings_whenTheChildPrintedNone_showsItsLastLines() {
    List<String> output = List.of("Exception in thread \"main\" ConfigurationException",
        "TABLE_NAME is not set");

    assertThatThrownBy(() -> ChildLauncher.timings(output, ColdStartFunction.POLL, 1))
        .hasMessageContaining("poll child JVM exited with code 1")
        .hasMessageContaining("TABLE_NAME is not set");
  }

  @Test
  void median_ofAnEvenCount_isTheMeanOfTheMiddleTwo() {
    assertThat(Stats.median(new double[] {9, 1, 5})).isEqualTo(5);
    assertThat(Stats.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }
}
