package org.careeval.archfixture.ui.a;

import org.careeval.archfixture.ui.b.ScreenB;

/** With ScreenB, breaks "no cycles between ui features". */
public class ScreenA {
  public ScreenB other() {
    return null;
  }
}
