package org.careeval.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ratings (domain rules 4, 6.6), organization codes (1.6) and similar names. */
class OrganizationRulesTest {

  private final Rating fourA =
      new Rating(RatingLevel.A4, "民评字2021-07", "XX县民政局", LocalDate.of(2021, 6, 15));

  @Test
  void ratingIsValidForFiveYearsThenExpires() {
    assertThat(fourA.expiresOn()).isEqualTo(LocalDate.of(2026, 6, 15));
    assertThat(fourA.isValidOn(LocalDate.of(2026, 6, 15))).isTrue();
    assertThat(fourA.givesPriorityOn(LocalDate.of(2026, 6, 15))).isTrue();
    assertThat(fourA.isValidOn(LocalDate.of(2026, 6, 16))).isFalse();
    assertThat(fourA.givesPriorityOn(LocalDate.of(2026, 6, 16))).isFalse();
    assertThat(fourA.isValidOn(LocalDate.of(2021, 6, 14))).isFalse();
  }

  @Test
  void expiryAlertStartsNinetyDaysAhead() {
    assertThat(fourA.expiresWithin(LocalDate.of(2026, 3, 16), 90)).isFalse();
    assertThat(fourA.expiresWithin(LocalDate.of(2026, 3, 17), 90)).isTrue();
    assertThat(fourA.expiresWithin(LocalDate.of(2026, 6, 16), 90))
        .isFalse(); // expired, not expiring
  }

  @Test
  void onlyThreeAAndAboveGivePriority() {
    assertThat(RatingLevel.A3.isAtLeast3A()).isTrue();
    assertThat(RatingLevel.A2.isAtLeast3A()).isFalse();
    Rating twoA = new Rating(RatingLevel.A2, "", "", LocalDate.of(2025, 1, 1));
    assertThat(twoA.givesPriorityOn(LocalDate.of(2025, 6, 1))).isFalse();
    assertThat(RatingLevel.parse("４ａ")).contains(RatingLevel.A4);
    assertThat(RatingLevel.parse("6A")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "' 53100000500021676k ',53100000500021676K,USCC,PASSED",
    "91350203M0001QAY9B,91350203M0001QAY9B,USCC,PENDING",
    "50002167-6,500021676,LEGACY,PASSED",
    "501144395,501144395,LEGACY,PASSED"
  })
  void codesAreNormalizedClassifiedAndChecked(
      String input, String value, String kind, String status) {
    OrganizationCode code = OrganizationCode.parse(input).code().orElseThrow();
    assertThat(code.value()).isEqualTo(value);
    assertThat(code.kind()).hasToString(kind);
    assertThat(code.status()).hasToString(status);
  }

  @ParameterizedTest
  @CsvSource({"5111000050000O123X", "5311000050002167K", "50002167-5", "12345"})
  void badCodesAreRefused(String input) {
    OrganizationCode.Parsed parsed = OrganizationCode.parse(input);
    assertThat(parsed.code()).isEmpty();
    assertThat(parsed.rejection()).isPresent();
  }

  @ParameterizedTest
  @CsvSource({
    "XX县阳光社会工作服务中心,'XX县 阳光社会工作服务中心（）',true",
    "XX县阳光社会工作服务中心,XX县阳光社工服务中心,true",
    "XX县阳光社会工作服务中心,阳光社会工作服务中心,true",
    "XX县阳光社会工作服务中心,YY市红十字会,false",
    "爱心协会,同心协会,false"
  })
  void verySimilarNamesAreFound(String a, String b, boolean similar) {
    assertThat(OrganizationNames.verySimilar(OrganizationNames.key(a), OrganizationNames.key(b)))
        .isEqualTo(similar);
  }
}
