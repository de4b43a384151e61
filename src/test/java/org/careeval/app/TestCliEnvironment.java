package org.careeval.app;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.cli.CliEnvironment;
import org.careeval.domain.system.ComponentVersion;
import org.careeval.domain.system.DataDirectory;
import org.careeval.persistence.Database;
import org.careeval.service.CareEvalServices;

/** The real CLI environment, with scripted variables and standard input and fast hashing. */
final class TestCliEnvironment implements CliEnvironment {

  private final Map<String, String> variables;
  private final Optional<String> stdin;

  TestCliEnvironment(Map<String, String> variables, Optional<String> stdin) {
    this.variables = variables;
    this.stdin = stdin;
  }

  /** A user's password in {@code CAREEVAL_PASSWORD}, nothing on standard input. */
  TestCliEnvironment(String password) {
    this(Map.of("CAREEVAL_PASSWORD", password), Optional.empty());
  }

  @Override
  public CareEvalServices open(DataDirectory directory, Optional<char[]> filePassword) {
    if (filePassword.isEmpty()) {
      return TestContexts.open(directory.root(), Clock.systemUTC());
    }
    return AppContext.open(directory, filePassword, TestContexts.FAST_HASHER, Clock.systemUTC());
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
    throw new IllegalStateException("no window in tests");
  }

  @Override
  public List<ComponentVersion> versions() {
    return AppContext.componentVersions();
  }

  @Override
  public Optional<String> environmentVariable(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  @Override
  public Optional<char[]> readPassword(String prompt) {
    return stdin.map(String::toCharArray);
  }
}
