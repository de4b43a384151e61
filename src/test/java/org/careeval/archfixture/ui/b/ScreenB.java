package org.careeval.archfixture.ui.b;

import org.careeval.archfixture.ui.a.ScreenA;

/** With ScreenA, breaks "no cycles between ui features". */
public class ScreenB {
  public ScreenA other() {
    return null;
  }
}
