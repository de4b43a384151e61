package org.careeval.app;

import java.time.Clock;
import java.util.Optional;
import org.careeval.domain.system.DataDirectory;
import org.careeval.persistence.Database;
import org.careeval.service.CareEvalServices;
import org.careeval.ui.common.DataAccess;

/** The window's access to a real data directory, with cheap password hashing. */
final class TestDataAccess implements DataAccess {

  private final DataDirectory directory;
  private final Clock clock;
  private AppContext opened;

  TestDataAccess(DataDirectory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  @Override
  public boolean databaseExists() {
    return Database.exists(directory);
  }

  @Override
  public boolean databaseEncrypted() {
    return Database.isEncrypted(directory);
  }

  @Override
  public CareEvalServices open(Optional<char[]> filePassword) {
    opened = AppContext.open(directory, filePassword, TestContexts.FAST_HASHER, clock);
    return opened;
  }

  /** The services last opened through this access, for tests that use them directly. */
  AppContext opened() {
    return opened;
  }
}
