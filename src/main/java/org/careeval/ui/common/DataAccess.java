package org.careeval.ui.common;

import java.util.Optional;
import org.careeval.service.CareEvalServices;

/**
 * How the window reaches the data directory before any service exists: whether a database is there,
 * whether it is encrypted, and opening (or creating) it. Implemented by the composition root; every
 * call may block and runs in the background.
 */
public interface DataAccess {

  boolean databaseExists();

  boolean databaseEncrypted();

  /**
   * @param filePassword the file password of an encrypted database; for a new one, present means
   *     "create it encrypted"
   */
  CareEvalServices open(Optional<char[]> filePassword);
}
