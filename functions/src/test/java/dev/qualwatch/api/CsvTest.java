package dev.qualwatch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {
  @Test
  void line_quotesFieldsWithCommasQuotesAndLineBreaks_andEndsWithCrLf() {
    String line = Csv.line(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", null));

    assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n", line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
  void field_startingLikeAFormula_isPrefixedWithAQuote(String value) {
    String field = Csv.field(value);

    assertEquals('\'', field.charAt(field.startsWith("\"") ? 1 : 0));
  }

  @Test
  void field_ordinaryText_isKeptAsIs() {
    assertEquals(List.of("2026-12-01T00:00:00.000Z", "A1QW8RT7MX2KDE", "<a>1</a>"),
        List.of(Csv.field("2026-12-01T00:00:00.000Z"), Csv.field("A1QW8RT7MX2KDE"),
            Csv.field("<a>1</a>")));
  }
}
