package org.careeval.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.careeval.domain.CareEvalException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernamesTest {

  @ParameterizedTest
  @CsvSource({"' Zhang.Wei ',zhang.wei", "Ｌｉ＿ｍｉｎｇ,li_ming", "张三,张三", "expert-07,expert-07"})
  void normalizesAndAccepts(String input, String expected) {
    assertThat(Usernames.validate(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "",
        "   ",
        "admin'; DROP TABLE user_account; --",
        "o'brien",
        "a b",
        "x%",
        "<script>",
        "abcdefghijklmnopqrstuvwxyz0123456789"
      })
  void rejectsWithAClearMessage(String input) {
    assertThatThrownBy(() -> Usernames.validate(input))
        .isInstanceOfSatisfying(
            CareEvalException.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.username.invalid"));
  }
}
