package org.careeval.archfixture.ui;

import javafx.scene.Node;

/** Clean itself; its nested row class breaks "view models are toolkit-neutral". */
public class NestedLeakViewModel {
  public static class Row {
    public Node node;
  }
}
