package dev.qualwatch.api;

import java.util.List;
import java.util.Locale;

/** Picks the answer's media type from the {@code Accept} header, quality values included. */
final class MediaTypes {
  static final String JSON = "application/json";
  static final String CSV = "text/csv";
  static final String PROBLEM_JSON = "application/problem+json";

  private MediaTypes() {}

  /**
   * The offered type the caller rates highest; the first offered one when the header is missing
   * or rates several equally, and a 406 problem when it accepts none of them.
   */
  static String choose(String accept, List<String> offered) {
    if (accept == null || accept.isBlank()) {
      return offered.get(0);
    }
    String best = null;
    double bestQuality = 0;
    for (String type : offered) {
      double quality = quality(accept, type);
      if (quality > bestQuality) {
        best = type;
        bestQuality = quality;
      }
    }
    if (best == null) {
      throw new ProblemException(Problem.notAcceptable("Accept '" + Problem.echo(accept)
          + "' allows none of " + String.join(", ", offered) + "."));
    }
    return best;
  }

  /** How the header rates {@code type}: its most specific matching range wins. */
  private static double quality(String accept, String type) {
    int bestSpecificity = -1;
    double quality = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String name = parts[0].trim().toLowerCase(Locale.ROOT);
      int specificity = specificity(name, type);
      if (specificity > bestSpecificity) {
        bestSpecificity = specificity;
        quality = qualityParameter(parts);
      }
    }
    return quality;
  }

  private static int specificity(String range, String type) {
    if (range.equals(type)) {
      return 2;
    }
    if (range.equals(type.substring(0, type.indexOf('/')) + "/*")) {
      return 1;
    }
    return range.equals("*/*") ? 0 : -1;
  }

  private static double qualityParameter(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
      if (parameter.startsWith("q=")) {
        String value = parameter.substring(2).trim();
        return value.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?") ? Double.parseDouble(value) : 0;
      }
    }
    return 1;
  }
}
