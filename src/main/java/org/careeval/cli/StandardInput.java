package org.careeval.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Passwords from the console (no echo) or, in scripts, from one line of standard input. */
public final class StandardInput {

  private StandardInput() {}

  public static Optional<char[]> readPassword(String prompt) {
    Console console = System.console();
    if (console != null) {
      return Optional.ofNullable(console.readPassword("%s", prompt));
    }
    try {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      return Optional.ofNullable(line).map(String::toCharArray);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
