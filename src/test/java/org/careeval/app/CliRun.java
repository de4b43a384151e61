package org.careeval.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.cli.Cli;

/** Runs the command line in-process on a data directory, as the demo users (password demo1234). */
final class CliRun {

  /** What a run printed and its exit code. */
  record Result(int exitCode, String out, String err) {}

  private CliRun() {}

  static Result run(Path dataDir, String... args) {
    List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            all.toArray(String[]::new),
            new TestCliEnvironment(Map.of("CAREEVAL_PASSWORD", "demo1234"), Optional.empty()),
            new PrintWriter(out),
            new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}
