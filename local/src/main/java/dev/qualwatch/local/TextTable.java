package dev.qualwatch.local;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with columns as wide as their widest cell. */
final class TextTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... headers) {
    this.headers = List.of(headers);
  }

  TextTable row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  void print(PrintStream out, String indent) {
    int[] widths = new int[headers.size()];
    for (List<String> line : allLines()) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    for (List<String> line : allLines()) {
      StringBuilder text = new StringBuilder(indent);
      for (int i = 0; i < widths.length; i++) {
        String cell = line.get(i);
        int padding = i + 1 < widths.length ? widths[i] - cell.length() + 2 : 0;
        text.append(cell).append(" ".repeat(padding));
      }
      out.println(text.toString().stripTrailing());
    }
  }

  private List<List<String>> allLines() {
    List<List<String>> lines = new ArrayList<>();
    lines.add(headers);
    lines.addAll(rows);
    return lines;
  }
}
