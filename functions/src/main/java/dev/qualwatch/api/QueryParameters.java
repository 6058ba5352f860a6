package dev.qualwatch.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of one call, each known name at most once.
 *
 * <p>The raw query string is decoded here rather than taken from API Gateway's decoded map, so
 * that a parameter given twice is refused instead of silently joined with a comma. Only
 * percent-escapes are decoded: a {@code +} stays a plus sign, so an offset such as
 * {@code +02:00} in a time needs no escaping.
 */
final class QueryParameters {
  private static final int MAX_QUERY_LENGTH = 4096;

  private final Map<String, String> values;

  private QueryParameters(Map<String, String> values) {
    this.values = values;
  }

  /** Parses the call's query, refusing names outside {@code allowed} and repeated names. */
  static QueryParameters of(HttpCall call, Set<String> allowed) {
    Map<String, String> values = call.rawQuery() == null
        ? new LinkedHashMap<>(call.decodedQuery())
        : parse(call.rawQuery());
    for (String name : values.keySet()) {
      if (!allowed.contains(name)) {
        throw new ProblemException(Problem.unknownParameter(name, "Unknown query parameter '"
            + Problem.echo(name) + "'; this route takes " + describe(allowed) + "."));
      }
    }
    return new QueryParameters(values);
  }

  /** The value, or {@code null} when absent; an empty value is refused. */
  String get(String name) {
    String value = values.get(name);
    if (value != null && value.isEmpty()) {
      throw new ProblemException(Problem.invalidParameter(name, name + " is empty; give a value"
          + " or leave the parameter out."));
    }
    return value;
  }

  private static Map<String, String> parse(String rawQuery) {
    if (rawQuery.length() > MAX_QUERY_LENGTH) {
      throw new ProblemException(Problem.invalidParameter("query", "The query string is "
          + rawQuery.length() + " characters long; keep it under " + MAX_QUERY_LENGTH + "."));
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals), "query");
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1), name);
      if (values.putIfAbsent(name, value) != null) {
        throw new ProblemException(Problem.invalidParameter(name, Problem.echo(name)
            + " is given more than once; give it once."));
      }
    }
    return values;
  }

  /** Decodes percent-escapes as UTF-8, refusing malformed escapes and invalid UTF-8. */
  static String decode(String text, String parameter) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    int i = 0;
    while (i < text.length()) {
      int escape = text.indexOf('%', i);
      int end = escape < 0 ? text.length() : escape;
      bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
      if (escape < 0) {
        break;
      }
      i = escape;
      int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
      int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
      if (low < 0) {
        throw malformed(parameter);
      }
      bytes.write(high * 16 + low);
      i += 3;
    }
    return utf8(bytes.toByteArray(), parameter);
  }

  private static String utf8(byte[] bytes, String parameter) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw malformed(parameter);
    }
  }

  private static ProblemException malformed(String parameter) {
    return new ProblemException(Problem.invalidParameter(parameter, "The " + parameter
        + " holds a malformed percent-escape or invalid UTF-8; escape characters as %XX of their"
        + " UTF-8 bytes."));
  }

  private static String describe(Set<String> allowed) {
    return allowed.isEmpty() ? "no query parameters" : String.join(", ", allowed.stream()
        .sorted().toList());
  }
}
