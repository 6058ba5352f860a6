package dev.qualwatch.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The demo data set and the bulk data set for benchmarks. */
final class DemoData {

  static final String SPANISH = "3SPANISHTRANSLATIONQUALDEMO01";
  static final String TRANSCRIPTION = "3AUDIOTRANSCRIPTIONQUALDEMO02";
  static final String LABELLING = "3IMAGELABELLINGQUALIFICATION3";
  static final String WORKER_LOCALE = "00000000000000000071";

  private static final String[][] DEMO_REQUESTS = {
    {SPANISH, "A1QW8RT7MX2KDE", "Translate: 'The meeting is postponed.'",
      "La reunion se ha aplazado."},
    {TRANSCRIPTION, "A2ZLM4PQ9VN3RT", "Transcribe clip 17 (8 seconds).",
      "okay so the next stop is main street"},
    {LABELLING, "A3HB6TY2UJ8WQK", "Does image 4 show a bicycle?", "yes"},
    {SPANISH, "A9KD3NF5GH2LPS", "Translate: 'Please close the door.'",
      "Por favor, cierra la puerta."},
    {LABELLING, "A1RR5EW8QZ4MNB", "Count the cars in image 9.", "3"},
    {TRANSCRIPTION, "A3VC7XB2NM6KLO", "Transcribe clip 4 (6 seconds).",
      "thanks for calling how can I help"},
    {SPANISH, "A2PO9IU8YT7REW", "Translate: 'Where is the station?'",
      "Donde esta la estacion?"},
    {LABELLING, "A4LK8JH7GF6DSA", "Does image 2 show a dog?", "no"},
    {TRANSCRIPTION, "A1MN2BV3CX4ZAS", "Transcribe clip 22 (5 seconds).",
      "the package arrives tomorrow"},
    {SPANISH, "A3QA1WS2ED3RFT", "Translate: 'I am learning to cook.'",
      "Estoy aprendiendo a cocinar."},
    {LABELLING, "A2GT5HY6JU7KIL", "Is the sky in image 11 cloudy?", "partly"},
    {TRANSCRIPTION, "A4OL9IK8UJ7YHN", "Transcribe clip 3 (7 seconds).",
      "turn left after the bridge"},
  };

  private DemoData() {
  }

  static void seedDemo(MTurkSimulator simulator) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    simulator.addQualificationType(SPANISH, "Spanish translation screening");
    simulator.addQualificationType(TRANSCRIPTION, "Audio transcription accuracy test");
    simulator.addQualificationType(LABELLING, "Image labelling guidelines quiz");
    simulator.putType(new QualificationTypeEntry(WORKER_LOCALE, "Worker_Locale",
        "The Worker's location, granted by the system.", "location, system",
        now.minus(Duration.ofDays(3000)), false, false));
    for (int i = 0; i < DEMO_REQUESTS.length; i++) {
      String[] row = DEMO_REQUESTS[i];
      Instant submitted = now.minus(Duration.ofMinutes(17L * (DEMO_REQUESTS.length - i)));
      simulator.submitRequest(row[0], row[1], submitted, row[2], row[3]);
    }
  }

  static void seedBulk(MTurkSimulator simulator, int requests, int types) {
    if (requests < 0 || types < 1) {
      throw new IllegalArgumentException("Need requests >= 0 and types >= 1, were "
          + requests + " and " + types);
    }
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(requests);
    for (int t = 0; t < types; t++) {
      simulator.addQualificationType(bulkTypeId(t), "Benchmark qualification " + t);
    }
    for (int i = 0; i < requests; i++) {
      simulator.submitRequest(bulkTypeId(i % types), String.format("A%013d", i),
          start.plusSeconds(i), "Benchmark test " + i, "Benchmark answer " + i);
    }
  }

  private static String bulkTypeId(int index) {
    return String.format("3BENCHMARKQUALTYPE%012d", index);
  }
}
