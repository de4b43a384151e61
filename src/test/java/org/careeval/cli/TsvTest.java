package org.careeval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TsvTest {

  @Test
  void controlCharactersAndDirectionOverridesNeverReachTheTerminalRaw() {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      Tsv.row(out, "甲\u001B[2J中心\u0007", "乙\u202E心中", "a\tb\nc");
    }
    assertThat(text.toString().strip()).isEqualTo("甲\\u001B[2J中心\\u0007\t乙\\u202E心中\ta b c");
  }
}
