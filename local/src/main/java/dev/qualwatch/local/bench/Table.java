package dev.qualwatch.local.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: the first columns (labels) aligned left, the others (figures) right, each
 * as wide as its widest cell, under a rule.
 */
final class Table {
  private final int labelColumns;
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  Table(int labelColumns, String... headers) {
    this.labelColumns = labelColumns;
    this.headers = List.of(headers);
  }

  Table row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of "
          + headers.size() + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  void print(PrintStream out) {
    int[] widths = new int[headers.size()];
    List<List<String>> lines = new ArrayList<>(List.of(headers));
    lines.addAll(rows);
    for (List<String> line : lines) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    out.println(format(headers, widths));
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    out.println(format(rule, widths));
    rows.forEach(row -> out.println(format(row, widths)));
  }

  private String format(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(" ");
    for (int i = 0; i < widths.length; i++) {
      String cell = cells.get(i);
      String padding = " ".repeat(widths[i] - cell.length());
      line.append(' ').append(i < labelColumns ? cell + padding : padding + cell).append(' ');
    }
    return line.toString().stripTrailing();
  }
}
