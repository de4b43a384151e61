package org.careeval.cli;

import java.util.List;
import java.util.Optional;
import org.careeval.domain.system.ComponentVersion;
import org.careeval.domain.system.DataDirectory;
import org.careeval.service.CareEvalServices;

/** What the CLI needs from the composition root, without depending on it. */
public interface CliEnvironment {

  /**
   * Opens the services of a data directory (creating and migrating it if needed).
   *
   * @param filePassword the database file password, when it is (or is to be created) encrypted
   */
  CareEvalServices open(DataDirectory directory, Optional<char[]> filePassword);

  /** True when the data directory's database file is encrypted. */
  boolean isEncrypted(DataDirectory directory);

  /** True when the data directory already holds a database. */
  boolean exists(DataDirectory directory);

  /** Opens the window on a data directory and returns when it is closed. */
  void startWindow(DataDirectory directory);

  /** The application's and its libraries' versions, the application first. */
  List<ComponentVersion> versions();

  /** An environment variable of this process, e.g. {@code CAREEVAL_PASSWORD}. */
  Optional<String> environmentVariable(String name);

  /**
   * Reads a password: without echo from the console when there is one, else one line of standard
   * input. Empty when nothing could be read.
   */
  Optional<char[]> readPassword(String prompt);
}
