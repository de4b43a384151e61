package org.careeval.service.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;

/**
 * The one way to turn a message key into text. Simplified Chinese is the base bundle; English is
 * complete. Lookups never fall back to the JVM's default locale, so an English office PC shows
 * Chinese when Chinese was chosen, and the other way round.
 */
public final class Messages {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);
  public static final String BUNDLE = "i18n.messages";

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static Messages of(Locale locale) {
    return new Messages(supported(locale));
  }

  /** Maps any locale to the supported one it is closest to; Chinese unless it is English. */
  public static Locale supported(Locale locale) {
    return ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
  }

  /** Parses a stored language tag such as {@code zh-CN} or {@code en}. */
  public static Locale fromTag(String tag) {
    return supported(Locale.forLanguageTag(tag));
  }

  public Locale locale() {
    return locale;
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  public String get(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "!" + key + "!";
    }
    if (arguments.length == 0) {
      return pattern;
    }
    Object[] rendered = arguments.clone();
    for (int i = 0; i < rendered.length; i++) {
      rendered[i] = render(rendered[i]);
    }
    return new MessageFormat(pattern, locale).format(rendered);
  }

  /** A localized text rendered; a list (things missing, say) rendered item by item and joined. */
  private Object render(Object argument) {
    if (argument instanceof LocalizedText text) {
      return get(text.key(), text.arguments().toArray());
    }
    if (argument instanceof java.util.List<?> items) {
      return String.join(
          get("common.listSeparator"),
          items.stream().map(item -> String.valueOf(render(item))).toList());
    }
    return argument;
  }

  /**
   * A text as every supported language writes it: the headers and names an import accepts,
   * whichever language the file was written in.
   */
  public static java.util.Set<String> inEveryLanguage(String key) {
    java.util.Set<String> texts = new java.util.LinkedHashSet<>();
    SUPPORTED.forEach(locale -> texts.add(of(locale).get(key)));
    return texts;
  }

  /** The localized text of a user-facing failure. */
  public String describe(CareEvalException e) {
    return get(e.messageKey(), e.arguments());
  }
}
