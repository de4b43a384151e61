package org.careeval.app;

import java.nio.file.Path;
import java.time.Clock;
import org.careeval.domain.system.DataDirectory;
import org.careeval.service.security.PasswordHasher;

/** Real databases for service tests: real migrations, cheap password hashing. */
final class TestContexts {

  /** Argon2id with 1 MiB and one pass: the same code path, a hundredth of the cost. */
  static final PasswordHasher FAST_HASHER = new PasswordHasher(1024, 1);

  private TestContexts() {}

  static AppContext open(Path dataDir, Clock clock) {
    return AppContext.open(new DataDirectory(dataDir), FAST_HASHER, clock);
  }
}
