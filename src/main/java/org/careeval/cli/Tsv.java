package org.careeval.cli;

import java.io.PrintWriter;

/**
 * Tab-separated output for county scripts. A tab or line break inside a value would break the
 * columns, so it becomes a space.
 */
final class Tsv {

  private Tsv() {}

  static void row(PrintWriter out, String... values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      line.append(values[i].replaceAll("[\\t\\r\\n]", " "));
    }
    out.println(line);
  }
}
