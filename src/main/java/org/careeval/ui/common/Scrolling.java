package org.careeval.ui.common;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Brings a node into view inside the scroll panes around it (a message below the fold). */
public final class Scrolling {

  private Scrolling() {}

  /** After the next layout pass, scrolls every enclosing scroll pane so the node shows. */
  public static void reveal(Node node) {
    Platform.runLater(
        () -> {
          for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
              show(scroll, node);
            }
          }
        });
  }

  private static void show(ScrollPane scroll, Node node) {
    // the message has just become visible: lay it out now rather than measure the old layout
    scroll.applyCss();
    scroll.layout();
    Node content = scroll.getContent();
    Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
    if (inContent == null || hidden <= 0) {
      return;
    }
    double top = scroll.getVvalue() * hidden;
    double viewport = scroll.getViewportBounds().getHeight();
    if (inContent.getMaxY() > top + viewport) {
      scroll.setVvalue(Math.min(1, (inContent.getMaxY() - viewport) / hidden));
    } else if (inContent.getMinY() < top) {
      scroll.setVvalue(Math.max(0, inContent.getMinY() / hidden));
    }
  }
}
