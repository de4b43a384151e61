package org.careeval.ui.common;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled Noto Sans SC fonts, so Chinese renders on a PC without any CJK font installed
 * (see fonts/README.md for origin and licence).
 */
public final class Fonts {

  public static final String FAMILY = "Noto Sans SC";

  /** The theme's base font size (tokens.css), for measuring text before it is laid out. */
  public static final double BASE_SIZE = 14;

  private static final String[] FILES = {
    "/fonts/NotoSansSC_400Regular.ttf", "/fonts/NotoSansSC_700Bold.ttf"
  };
  private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);

  private Fonts() {}

  /** Loads the fonts; returns false (and logs) if one could not be loaded. */
  public static boolean load() {
    boolean all = true;
    for (String file : FILES) {
      try (InputStream in = Fonts.class.getResourceAsStream(file)) {
        // loadFont returns null instead of throwing when the data is not a usable font
        if (in == null || Font.loadFont(in, 13) == null) {
          LOG.warn("Could not load bundled font {}", file);
          all = false;
        }
      } catch (IOException e) {
        LOG.warn("Could not read bundled font {}", file, e);
        all = false;
      }
    }
    return all;
  }
}
