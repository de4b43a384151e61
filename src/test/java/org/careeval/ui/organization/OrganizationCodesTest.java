package org.careeval.ui.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.careeval.domain.organization.Uscc;
import org.careeval.service.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The hint under the code field, as the officer types. */
class OrganizationCodesTest {

  private final Messages chinese = Messages.of(Messages.CHINESE);

  @Test
  void validCodeShowsItsCategory() {
    assertThat(OrganizationCodes.describe("53100000500021676K", chinese)).isEqualTo("类别：基金会");
  }

  @Test
  void innerCheckFailureIsOnlyAWarning() {
    String first17 = "52110101MJ0018899"; // worked example I2: inner check character should be 1
    String typed = first17 + expectedCheck(first17);
    assertThat(OrganizationCodes.acceptable(typed)).isTrue();
    assertThat(OrganizationCodes.describe(typed, chinese))
        .startsWith("类别：民办非企业单位（社会服务机构）")
        .contains("第 9–17 位");
  }

  @Test
  void rejectedCodeSaysWhy() {
    assertThat(OrganizationCodes.acceptable("5311000050002167K")).isFalse();
    assertThat(OrganizationCodes.describe("5311000050002167K", chinese))
        .isEqualTo("长度应为 18 位，实际 17 位");
  }

  private static char expectedCheck(String first17) {
    for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
      if (Uscc.check(first17 + c).valid()) {
        return c;
      }
    }
    throw new AssertionError("no check character");
  }
}
