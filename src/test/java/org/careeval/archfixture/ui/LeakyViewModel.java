package org.careeval.archfixture.ui;

import javafx.scene.Node;

/** Breaks the rules on purpose: a view model holding a scene-graph node. */
public class LeakyViewModel {
  private Node node;

  public Node node() {
    return node;
  }
}
