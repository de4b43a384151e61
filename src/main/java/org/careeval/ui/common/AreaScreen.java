package org.careeval.ui.common;

import javafx.scene.Parent;

/**
 * One navigation area's screen as built for a signed-in user: its view, and what to read again
 * whenever the user comes back to it.
 */
public record AreaScreen(Parent view, Runnable refresh) {}
