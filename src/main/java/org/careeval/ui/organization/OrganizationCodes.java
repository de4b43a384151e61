package org.careeval.ui.organization;

import org.careeval.domain.organization.OrganizationCode;
import org.careeval.domain.organization.Uscc;
import org.careeval.service.i18n.Messages;

/** Live feedback on a code as it is typed, from the same rules the service applies. */
final class OrganizationCodes {

  private OrganizationCodes() {}

  static boolean acceptable(String typed) {
    return typed == null || typed.isBlank() || OrganizationCode.parse(typed).code().isPresent();
  }

  static String describe(String typed, Messages messages) {
    OrganizationCode.Parsed parsed = OrganizationCode.parse(typed);
    if (parsed.code().isEmpty()) {
      var rejection = parsed.rejection().orElseThrow();
      return messages.get(rejection.messageKey(), rejection.arguments().toArray());
    }
    OrganizationCode code = parsed.code().get();
    if (code.status() == OrganizationCode.CheckStatus.PENDING) {
      return messages.get("organization.code.pending");
    }
    if (code.kind() == OrganizationCode.Kind.LEGACY) {
      return messages.get("organization.alert.legacyCode");
    }
    String category =
        code.category()
            .map(c -> messages.get("organization.code.category", messages.get(c.labelKey())))
            .orElseGet(() -> messages.get("uscc.category.unknown", code.value().substring(0, 2)));
    // GB 11714 (positions 9-17) is only a warning, domain rules 1.5
    return Uscc.check(typed).innerCheckOk()
        ? category
        : category + " " + messages.get("organization.code.innerWarning");
  }
}
