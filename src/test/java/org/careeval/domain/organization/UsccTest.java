package org.careeval.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Domain rules 1 and the worked examples of 6.1. */
class UsccTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      textBlock =
          """
          # code,                category,                    inner check ok
          53100000500021676K,   FOUNDATION,                  true
          51310110501144395U,   SOCIAL_GROUP,                true
          91310110666007217T,   ENTERPRISE,                  true
          52411525MJ1234AB4L,   SOCIAL_SERVICE_ORGANIZATION, true
          52411525MJ00125370,   SOCIAL_SERVICE_ORGANIZATION, true
          52411525MJ0012182Y,   SOCIAL_SERVICE_ORGANIZATION, true
          52411525MJ001206XT,   SOCIAL_SERVICE_ORGANIZATION, true
          """)
  void workedValidExamples(String code, UsccCategory category, boolean innerOk) {
    Uscc.Check check = Uscc.check(code);
    assertThat(check.valid()).isTrue();
    assertThat(check.normalized()).isEqualTo(code);
    assertThat(check.category()).contains(category);
    assertThat(check.innerCheckOk()).isEqualTo(innerOk);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      textBlock =
          """
          # code,               reason,                      first argument
          53100000500020462H,   uscc.reason.checkCharacter,  K
          52110101MJ0018899X,   uscc.reason.checkCharacter,  T
          531000005000074012,   uscc.reason.checkCharacter,  D
          91350203M0001QAY9B,   uscc.reason.checkCharacter,  9
          5111000050000O123X,   uscc.reason.character,       14
          5311000050002167K,    uscc.reason.length,          17
          51A100005011443956,   uscc.reason.regionDigits,    3
          """)
  void workedInvalidExamples(String code, String reason, String firstArgument) {
    Uscc.Check check = Uscc.check(code);
    assertThat(check.valid()).isFalse();
    assertThat(check.rejection().orElseThrow().messageKey()).isEqualTo(reason);
    assertThat(check.rejection().orElseThrow().arguments().get(0)).hasToString(firstArgument);
  }

  @Test
  void sumsOfTheWorkedComputationGiveTheEdgeCharacters() {
    assertThat(Uscc.checkCharacter("53100000500021676")).isEqualTo('K'); // 601 mod 31 = 12
    assertThat(Uscc.checkCharacter("52411525MJ0012537")).isEqualTo('0'); // mod 31 = 0 -> 31 -> 0
    assertThat(Uscc.checkCharacter("52411525MJ0012182")).isEqualTo('Y'); // mod 31 = 1 -> 30
  }

  @Test
  void innerGb11714CheckOnlyWarns() {
    // I2's inner check character should be 1; with a correct C18 it would still be valid
    String first17 = "52110101MJ0018899";
    String withRightC18 = first17 + Uscc.checkCharacter(first17);
    Uscc.Check check = Uscc.check(withRightC18);
    assertThat(check.valid()).isTrue();
    assertThat(check.innerCheckOk()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "' 53100000500021676k '|53100000500021676K",
        "５３１０００００５０００２１６７６Ｋ|53100000500021676K",
        "'\u300053100000500021676K\u3000'|53100000500021676K"
      })
  void normalizationTrimsFoldsWidthAndUpperCases(String input, String normalized) {
    Uscc.Check check = Uscc.check(input);
    assertThat(check.normalized()).isEqualTo(normalized);
    assertThat(check.valid()).isTrue();
  }

  @Test
  void forbiddenLettersAreRejectedAnywhere() {
    for (char letter : "IOSVZ".toCharArray()) {
      String code = "5310000050002167" + letter + "K";
      assertThat(Uscc.check(code).rejection().orElseThrow().messageKey())
          .as(code)
          .isEqualTo("uscc.reason.character");
    }
  }

  @Test
  void emptyAndMissingInputAreRejectedForLength() {
    assertThat(Uscc.check("").rejection().orElseThrow().arguments()).containsExactly(0);
    assertThat(Uscc.check(null).valid()).isFalse();
  }

  @Test
  void unknownCategoryIsOnlyAWarning() {
    String first17 = "54411525MJ1234AB4";
    Uscc.Check check = Uscc.check(first17 + Uscc.checkCharacter(first17));
    assertThat(check.valid()).isTrue();
    assertThat(check.category()).isEmpty();
  }

  @Test
  void socialOrganizationsAreTheFiveSeries() {
    assertThat(UsccCategory.FOUNDATION.isSocialOrganization()).isTrue();
    assertThat(UsccCategory.OTHER_CIVIL_AFFAIRS.isSocialOrganization()).isTrue();
    assertThat(UsccCategory.ENTERPRISE.isSocialOrganization()).isFalse();
  }
}
