package org.careeval.domain.rubric;

import org.careeval.domain.LocalizedText;

/**
 * Something wrong with (or worth a second look in) a rubric: the section, the item's position in it
 * (0-based; {@link #WHOLE_SECTION} for the section as a whole, or a setting's position), the field,
 * and why.
 */
public record RubricFinding(RubricSection section, int index, String field, LocalizedText reason) {

  public static final int WHOLE_SECTION = -1;
}
