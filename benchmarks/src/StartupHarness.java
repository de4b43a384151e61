import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs each benchmark and its baseline alternately in fresh JVMs and prints one line per benchmark:
 * name, our median, the baseline's median (ms), ratio, goal. Usage: StartupHarness JAR CLASSES
 * WORKDIR RUNS [window]
 */
public class StartupHarness {

  private static final List<String> JVM_FLAGS =
      List.of("-Dprism.order=sw", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true");

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]).toAbsolutePath();
    Path baselineJar = Path.of(args[1]).toAbsolutePath();
    Path work = Path.of(args[2]).toAbsolutePath();
    int runs = Integer.parseInt(args[3]);
    boolean window = args.length > 4 && args[4].equals("window");
    String classpath = jar + System.getProperty("path.separator") + baselineJar;

    Path appData = work.resolve("app-data");
    Path bareData = work.resolve("bare-data");
    String[] ours = {"org.careeval.app.Launcher", "--data-dir", appData.toString(), "info"};
    String[] bare = {"BareH2Open", bareData.toString()};
    String[] app = {"org.careeval.app.Launcher", "--data-dir", appData.toString()};
    String[] bareWindow = {"BareWindowLauncher"};
    // create and migrate once: the benchmarks measure opening an existing database
    run(command(List.of(), classpath, ours));
    run(command(List.of(), classpath, bare));

    for (String flags : List.of("default", "appcds")) {
      List<String> oursFlags = cds(flags, work, "info", classpath, ours, false);
      List<String> bareFlags = cds(flags, work, "bare-h2", classpath, bare, false);
      List<Long> o = new ArrayList<>();
      List<Long> b = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        o.add(run(command(oursFlags, classpath, ours)));
        b.add(run(command(bareFlags, classpath, bare)));
      }
      report("database_ready/" + flags, o, b, 1.5);

      if (window) {
        List<String> appFlags = cds(flags, work, "window", classpath, app, true);
        List<String> bareWindowFlags = cds(flags, work, "bare-window", classpath, bareWindow, true);
        List<Long> a = new ArrayList<>();
        List<Long> w = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
          a.add(untilShown(work, command(appFlags, classpath, app)));
          w.add(untilShown(work, command(bareWindowFlags, classpath, bareWindow)));
        }
        report("main_window_shown/" + flags, a, w, 1.3);
      }
    }
  }

  /**
   * JVM flags for a flag set: none for "default"; for "appcds" a dynamic AppCDS archive made by one
   * training run of the same program (JDK 17 has no auto-created archive).
   */
  private static List<String> cds(
      String flags, Path work, String name, String classpath, String[] program, boolean window)
      throws IOException, InterruptedException {
    if (flags.equals("default")) {
      return List.of();
    }
    Path archive = work.resolve(name + ".jsa");
    List<String> training =
        command(List.of("-XX:ArchiveClassesAtExit=" + archive), classpath, program);
    if (window) {
      untilShown(work, training);
    } else {
      run(training);
    }
    if (!Files.exists(archive)) {
      throw new IllegalStateException("no archive written by " + training);
    }
    return List.of("-XX:SharedArchiveFile=" + archive);
  }

  private static List<String> command(List<String> flags, String classpath, String... program) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_FLAGS);
    command.addAll(flags);
    command.add("-cp");
    command.add(classpath);
    command.addAll(List.of(program));
    return command;
  }

  /** Milliseconds from starting the process to its exit (it must exit 0). */
  private static long run(List<String> command) throws IOException, InterruptedException {
    long start = System.currentTimeMillis();
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("failed: " + command);
    }
    return System.currentTimeMillis() - start;
  }

  /** Milliseconds from starting the process to the time its window reported being shown. */
  private static long untilShown(Path work, List<String> program)
      throws IOException, InterruptedException {
    Path marker = work.resolve("shown-marker");
    Files.deleteIfExists(marker);
    List<String> command = new ArrayList<>(program);
    command.add(1, "-Dcareeval.benchmark.shownMarker=" + marker);
    long start = System.currentTimeMillis();
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      for (int waited = 0; waited < 60_000; waited += 10) {
        if (Files.exists(marker) && Files.size(marker) > 0) {
          return Long.parseLong(Files.readString(marker).trim()) - start;
        }
        if (!process.isAlive()) {
          throw new IllegalStateException("exited before showing a window: " + command);
        }
        Thread.sleep(10);
      }
      throw new IllegalStateException("no window within 60 s: " + command);
    } finally {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static void report(String name, List<Long> ours, List<Long> baseline, double goal) {
    long o = median(ours);
    long b = median(baseline);
    double ratio = (double) o / b;
    System.out.printf(
        "%-20s %6d ms  baseline %6d ms  ratio %.2f  goal <= %.1f  %s%n",
        name, o, b, ratio, goal, ratio <= goal ? "met" : "MISSED");
  }
}
