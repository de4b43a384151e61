package org.careeval.cli;

import java.util.List;
import org.careeval.domain.system.ComponentVersion;
import org.careeval.domain.system.DataDirectory;
import org.careeval.service.CareEvalServices;

/** What the CLI needs from the composition root, without depending on it. */
public interface CliEnvironment {

  /** Opens the services of a data directory (creating and migrating it if needed). */
  CareEvalServices open(DataDirectory directory);

  /** Opens the window on a data directory and returns when it is closed. */
  void startWindow(DataDirectory directory);

  /** The application's and its libraries' versions, the application first. */
  List<ComponentVersion> versions();
}
