package dev.qualwatch.local.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The classes a child JVM loaded, per phase and origin, read from its
 * {@code -Xlog:class+load} log. The log is cut where the child's main class and its phase markers
 * ({@link ColdStartChild.InitDone} and the others) were loaded.
 */
final class ClassLoadLog {
  private static final String TAG = "[class,load] ";
  private static final List<String> JDK_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.",
      "com.sun.", "org.xml.", "org.w3c.", "org.ietf.");
  private static final String HARNESS_PACKAGE = "dev.qualwatch.local.";
  private static final String QUALWATCH_PACKAGE = "dev.qualwatch.";

  private final Map<Phase, Map<Origin, Integer>> counts = new EnumMap<>(Phase.class);

  private ClassLoadLog() {
    for (Phase phase : Phase.values()) {
      counts.put(phase, new EnumMap<>(Origin.class));
    }
  }

  static ClassLoadLog parse(List<String> lines) {
    ClassLoadLog log = new ClassLoadLog();
    Phase phase = Phase.BOOT;
    for (String line : lines) {
      int tag = line.indexOf(TAG);
      if (tag < 0) {
        continue;
      }
      String rest = line.substring(tag + TAG.length());
      String name = rest.contains(" ") ? rest.substring(0, rest.indexOf(' ')) : rest;
      Phase next = Phase.endedBy(name);
      // The main class is the JVM's start's last class; a phase marker belongs to no phase.
      if (next == null || next == Phase.INIT) {
        log.counts.get(phase).merge(Origin.of(name), 1, Integer::sum);
      }
      phase = next == null ? phase : next;
    }
    return log;
  }

  int count(Phase phase) {
    return counts.get(phase).values().stream().mapToInt(Integer::intValue).sum();
  }

  int count(Phase phase, Origin origin) {
    return counts.get(phase).getOrDefault(origin, 0);
  }

  /** The child's phases, each ended by the class whose loading starts the next one. */
  enum Phase {
    BOOT("JVM start -> main", ColdStartChild.class),
    INIT("init (handler constructor)", ColdStartChild.InitDone.class),
    EVENTS("event deserialization (runtime)", ColdStartChild.EventsRead.class),
    FIRST_INVOKE("first invoke", ColdStartChild.FirstInvokeDone.class),
    WARM("warm invokes", ColdStartChild.WarmDone.class),
    AFTER("after the warm invokes", null);

    private final String label;
    private final Class<?> end;

    Phase(String label, Class<?> end) {
      this.label = label;
      this.end = end;
    }

    String label() {
      return label;
    }

    /** The phase that starts when {@code className} is loaded, or null when none does. */
    static Phase endedBy(String className) {
      for (Phase phase : values()) {
        if (phase.end != null && phase.end.getName().equals(className)) {
          return values()[phase.ordinal() + 1];
        }
      }
      return null;
    }
  }

  /** Where a class comes from, by its package. */
  enum Origin {
    JDK, LIBRARIES, QUALWATCH, HARNESS;

    static Origin of(String className) {
      if (JDK_PACKAGES.stream().anyMatch(className::startsWith)) {
        return JDK;
      }
      if (className.startsWith(HARNESS_PACKAGE)) {
        return HARNESS;
      }
      return className.startsWith(QUALWATCH_PACKAGE) ? QUALWATCH : LIBRARIES;
    }
  }
}
