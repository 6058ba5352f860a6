package dev.qualwatch.api;

import java.util.List;

/**
 * RFC 4180 CSV: CRLF line ends, and fields quoted when they hold a comma, quote or line break.
 *
 * <p>A field that starts with {@code = + - @}, a tab or a carriage return is prefixed with a
 * single quote, so that a spreadsheet shows a worker's answer as text instead of running it as a
 * formula. No field the API writes starts so except free text (test and answer).
 */
final class Csv {
  private Csv() {}

  static String line(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (String field : fields) {
      if (line.length() > 0) {
        line.append(',');
      }
      line.append(field(field == null ? "" : field));
    }
    return line.append("\r\n").toString();
  }

  static String field(String value) {
    String safe = startsLikeFormula(value) ? "'" + value : value;
    boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0
        || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  private static boolean startsLikeFormula(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }
}
