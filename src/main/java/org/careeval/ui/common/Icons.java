package org.careeval.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Icons from the Material Design pack of Ikonli (ADR 0020), by literal such as {@code mdi2p-plus}:
 * drawn from a font, so they are sharp at any scaling and take their colour from the theme ({@code
 * .ikonli-font-icon}). FXML uses the same literals in {@code <FontIcon iconLiteral=…/>}.
 */
public final class Icons {

  private Icons() {}

  public static FontIcon of(String literal) {
    return new FontIcon(literal);
  }
}
