package org.careeval.service.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both languages have the same keys; every key the code or FXML uses exists; every key exists
 * because something uses it. Keys in Java are string literals of the form {@code
 * feature.element...} whose first part is a bundle prefix (so no key is built by concatenation).
 */
class MessagesConsistencyTest {

  private static final Pattern JAVA_LITERAL =
      Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
  private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9.]+)\"");

  private static Properties chinese;
  private static Properties english;
  private static Set<String> prefixes;
  private static Set<String> used;

  @BeforeAll
  static void load() throws IOException {
    chinese = bundle("/i18n/messages.properties");
    english = bundle("/i18n/messages_en.properties");
    prefixes =
        chinese.stringPropertyNames().stream()
            .map(key -> key.substring(0, key.indexOf('.')))
            .collect(Collectors.toSet());
    used = new TreeSet<>();
    used.addAll(scan(Path.of("src/main/java"), ".java", JAVA_LITERAL, true));
    used.addAll(scan(Path.of("src/main/resources"), ".fxml", FXML_KEY, false));
  }

  private static Properties bundle(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> scan(Path root, String suffix, Pattern pattern, boolean prefixed)
      throws IOException {
    Set<String> keys = new HashSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        Matcher matcher = pattern.matcher(Files.readString(file));
        while (matcher.find()) {
          String key = matcher.group(1);
          if (!prefixed || prefixes.contains(key.substring(0, key.indexOf('.')))) {
            keys.add(key);
          }
        }
      }
    }
    return keys;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(english.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
  }

  @Test
  void everyUsedKeyIsDefined() {
    assertThat(chinese.stringPropertyNames()).containsAll(used);
  }

  @Test
  void everyDefinedKeyIsUsed() {
    assertThat(used).containsAll(chinese.stringPropertyNames());
  }

  @Test
  void scanFindsKeysInJavaAndFxml() {
    assertThat(used).contains("error.dataDir.inUse", "shell.menu.about", "cli.option.format");
  }

  @Test
  void valuesAreNonEmptyValidPatternsWithoutApostrophes() {
    for (Properties bundle : new Properties[] {chinese, english}) {
      for (String key : bundle.stringPropertyNames()) {
        String value = bundle.getProperty(key);
        assertThat(value).as(key).isNotBlank().doesNotContain("'");
        new MessageFormat(value); // throws on a broken pattern
      }
    }
  }

  @Test
  void chineseIsTheBaseAndNeverFallsBackToTheJvmLocale() {
    Messages zh = Messages.of(Messages.CHINESE);
    Messages en = Messages.of(Messages.ENGLISH);
    assertThat(zh.get("nav.overview")).isEqualTo("概览");
    assertThat(en.get("nav.overview")).isEqualTo("Overview");
    assertThat(Messages.of(java.util.Locale.GERMANY).locale()).isEqualTo(Messages.CHINESE);
    assertThat(Messages.fromTag("en-US")).isEqualTo(Messages.ENGLISH);
    assertThat(zh.get("no.such.key")).isEqualTo("!no.such.key!");
  }
}
