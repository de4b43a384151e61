package org.careeval.domain.organization;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Comparing organization names for duplicate warnings: width, case, spaces and punctuation do not
 * count ("XX县 阳光社工服务中心" ~ "XX县阳光社工服务中心（）"), and two names a couple of characters apart are "very
 * similar".
 */
public final class OrganizationNames {

  private OrganizationNames() {}

  /** The comparison key stored beside the name. */
  public static String key(String name) {
    String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC);
    return folded.replaceAll("[\\p{P}\\p{S}\\s]", "").toLowerCase(Locale.ROOT);
  }

  /** Same key, one containing the other (4+ characters), or at most 2 edits apart (6+). */
  public static boolean verySimilar(String aKey, String bKey) {
    if (aKey.equals(bKey)) {
      return true;
    }
    int shorter = Math.min(aKey.length(), bKey.length());
    if (shorter >= 4 && (aKey.contains(bKey) || bKey.contains(aKey))) {
      return true;
    }
    return shorter >= 6 && editDistance(aKey, bKey) <= 2;
  }

  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
