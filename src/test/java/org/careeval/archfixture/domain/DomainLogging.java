package org.careeval.archfixture.domain;

import java.util.logging.Logger;

/** Breaks "no java.util.logging or AWT". */
public class DomainLogging {
  public Logger logger() {
    return Logger.getLogger("x");
  }
}
