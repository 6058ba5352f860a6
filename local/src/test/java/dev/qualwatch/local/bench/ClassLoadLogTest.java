package dev.qualwatch.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qualwatch.local.bench.ClassLoadLog.Origin;
import dev.qualwatch.local.bench.ClassLoadLog.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassLoadLogTest {

  private static String loaded(String className, String source) {
    return "[0.042s][info][class,load] " + className + " source: " + source;
  }

  @Test
  void parse_cutsTheLogAtTheMainClassAndEachMarker() {
    List<String> lines = List.of(
        loaded("java.lang.Object", "shared objects file"),
        loaded(ColdStartChild.class.getName(), "file:/work/main/local/target/classes/"),
        loaded("dev.qualwatch.api.ApiHandler", "file:/work/main/functions/target/classes/"),
        loaded("software.amazon.awssdk.regions.Region", "file:/m2/regions.jar"),
        loaded(ColdStartChild.InitDone.class.getName(), "file:/work/main/local/"),
        loaded("com.amazonaws.lambda.thirdparty.X", "file:/m2/serialization.jar"),
        loaded(ColdStartChild.EventsRead.class.getName(), "file:/work/main/local/"),
        loaded("jdk.internal.misc.Y", "jrt:/java.base"),
        loaded("dev.qualwatch.local.LocalContext", "file:/work/main/local/target/classes/"),
        loaded(ColdStartChild.FirstInvokeDone.class.getName(), "file:/work/main/local/"),
        loaded(ColdStartChild.WarmDone.class.getName(), "file:/work/main/local/"),
        loaded("java.lang.management.ManagementFactory", "jrt:/java.management"));

    ClassLoadLog log = ClassLoadLog.parse(lines);

    assertThat(log.count(Phase.BOOT)).isEqualTo(2);
    assertThat(log.count(Phase.BOOT, Origin.HARNESS)).isEqualTo(1);
    assertThat(log.count(Phase.INIT, Origin.QUALWATCH)).isEqualTo(1);
    assertThat(log.count(Phase.INIT, Origin.LIBRARIES)).isEqualTo(1);
    assertThat(log.count(Phase.EVENTS)).isEqualTo(1);
    assertThat(log.count(Phase.FIRST_INVOKE, Origin.JDK)).isEqualTo(1);
    assertThat(log.count(Phase.FIRST_INVOKE, Origin.HARNESS)).isEqualTo(1);
    assertThat(log.count(Phase.WARM)).isZero();
    assertThat(log.count(Phase.AFTER)).isEqualTo(1);
  }

  @Test
  void parse_skipsLinesOfOtherTags() {
    List<String> lines = List.of("[0.001s][info][gc] Using Serial",
        loaded("java.lang.String", "shared objects file"));

    ClassLoadLog log = ClassLoadLog.parse(lines);

    assertThat(log.count(Phase.BOOT)).isEqualTo(1);
  }

  @Test
  void origin_ofGeneratedClasses_followsTheirHost() {
    assertThat(Origin.of("java.lang.invoke.LambdaForm$MH/0x0000000800c01000"))
        .isEqualTo(Origin.JDK);
    assertThat(Origin.of("dev.qualwatch.poll.Poller$$Lambda$52/0x0000000800c4a000"))
        .isEqualTo(Origin.QUALWATCH);
    assertThat(Origin.of("com.fasterxml.jackson.databind.ObjectMapper"))
        .isEqualTo(Origin.LIBRARIES);
  }
}
