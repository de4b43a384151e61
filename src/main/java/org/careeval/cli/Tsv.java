package org.careeval.cli;

import java.io.PrintWriter;

/**
 * Tab-separated output for county scripts. A tab or line break inside a value would break the
 * columns, so it becomes a space; any other control character or direction override (from data
 * saved before such text was refused) is shown as a backslash, u and four hex digits, never sent
 * raw to a terminal.
 */
final class Tsv {

  private Tsv() {}

  static void row(PrintWriter out, String... values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      line.append(printable(values[i].replaceAll("[\\t\\r\\n]", " ")));
    }
    out.println(line);
  }

  static String printable(String value) {
    StringBuilder shown = new StringBuilder(value.length());
    value
        .chars()
        .forEach(
            c -> {
              boolean hidden =
                  Character.getType(c) == Character.CONTROL
                      || (c >= 0x202A && c <= 0x202E)
                      || (c >= 0x2066 && c <= 0x2069);
              shown.append(hidden ? String.format("\\u%04X", c) : String.valueOf((char) c));
            });
    return shown.toString();
  }
}
