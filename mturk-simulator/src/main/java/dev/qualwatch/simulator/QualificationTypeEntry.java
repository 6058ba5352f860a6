package dev.qualwatch.simulator;

import java.time.Instant;
import java.util.Locale;

/** A qualification type the simulator knows, with the attributes ListQualificationTypes shows. */
record QualificationTypeEntry(
    String qualificationTypeId,
    String name,
    String description,
    String keywords,
    Instant creationTime,
    boolean requestable,
    boolean ownedByCaller) {

  static QualificationTypeEntry owned(String id, String name, Instant creationTime) {
    return new QualificationTypeEntry(id, name, name, "", creationTime, true, true);
  }

  Position position() {
    return new Position(creationTime, qualificationTypeId);
  }

  /** True when every word of the query occurs in the name, description or keywords. */
  boolean matches(String query) {
    String text = (name + " " + description + " " + keywords).toLowerCase(Locale.ROOT);
    for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!text.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
