package org.careeval.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled font draws every character the application shows, and rare name characters. */
class BundledFontTest {

  @ParameterizedTest
  @ValueSource(strings = {"/fonts/NotoSansSC_400Regular.ttf", "/fonts/NotoSansSC_700Bold.ttf"})
  void fontCoversAllMessagesAndRareNameCharacters(String file) throws Exception {
    Font font;
    try (InputStream in = BundledFontTest.class.getResourceAsStream(file)) {
      font = Font.createFont(Font.TRUETYPE_FONT, in);
    }
    assertThat(font.getFamily()).isEqualTo(Fonts.FAMILY);
    Properties zh = new Properties();
    try (InputStream in = BundledFontTest.class.getResourceAsStream("/i18n/messages.properties")) {
      zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    for (String key : zh.stringPropertyNames()) {
      assertThat(font.canDisplayUpTo(zh.getProperty(key))).as(key).isEqualTo(-1);
    }
    assertThat(font.canDisplayUpTo("堃喆镕昇珺留守儿童")).isEqualTo(-1);
  }
}
