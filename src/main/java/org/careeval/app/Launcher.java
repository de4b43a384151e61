package org.careeval.app;

import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import org.careeval.cli.Cli;
import org.careeval.cli.CliEnvironment;
import org.careeval.cli.StandardInput;
import org.careeval.domain.system.ComponentVersion;
import org.careeval.domain.system.DataDirectory;
import org.careeval.persistence.Database;
import org.careeval.service.CareEvalServices;

/**
 * Entry point of {@code careeval.jar}. Without a command it opens the window; with one it runs the
 * CLI on the same services. It deliberately does not extend {@code Application}, so the runnable
 * jar starts JavaFX from the classpath.
 */
public final class Launcher implements CliEnvironment {

  Launcher() {}

  public static void main(String[] args) {
    // exit explicitly: the CLI's exit code is a contract, and JavaFX may leave threads behind
    System.exit(Cli.run(args, new Launcher()));
  }

  @Override
  public CareEvalServices open(DataDirectory directory, Optional<char[]> filePassword) {
    return AppContext.open(directory, filePassword);
  }

  @Override
  public boolean isEncrypted(DataDirectory directory) {
    return Database.isEncrypted(directory);
  }

  @Override
  public boolean exists(DataDirectory directory) {
    return Database.exists(directory);
  }

  @Override
  public void startWindow(DataDirectory directory) {
    Application.launch(
        CareEvalApp.class, "--" + CareEvalApp.DATA_DIR_PARAMETER + "=" + directory.root());
  }

  @Override
  public List<ComponentVersion> versions() {
    return AppContext.componentVersions();
  }

  @Override
  public Optional<String> environmentVariable(String name) {
    return Optional.ofNullable(System.getenv(name));
  }

  @Override
  public Optional<char[]> readPassword(String prompt) {
    return StandardInput.readPassword(prompt);
  }
}
