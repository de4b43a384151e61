package org.careeval.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The register list's filters, alone and combined. */
class RegisterQueryTest {

  private static RegisterEntry entry(
      String name,
      int n,
      boolean active,
      RatingLevel level,
      List<String> towns,
      OrganizationAlert... alerts) {
    Organization o =
        new Organization(
            n,
            name,
            OrganizationCode.parse(SyntheticCodes.uscc(n)).code().orElseThrow(),
            Optional.empty(),
            "",
            "",
            "",
            Optional.ofNullable(level).map(l -> new Rating(l, "", "", LocalDate.of(2024, 1, 1))),
            active,
            0);
    return RegisterEntry.of(o, List.of(alerts), towns);
  }

  private static final List<RegisterEntry> ENTRIES =
      List.of(
          entry(
              "青山县阳光社会工作服务中心",
              1,
              true,
              RatingLevel.A4,
              List.of("城关镇"),
              OrganizationAlert.CREDIT_FLAG),
          entry("青山县（石桥）儿童关爱协会", 2, true, null, List.of("石桥镇", "城关镇")),
          entry("青山县老年协会", 3, false, RatingLevel.A3, List.of()));

  private static List<Long> ids(RegisterQuery query) {
    return ENTRIES.stream().filter(query.predicate()).map(e -> e.organization().id()).toList();
  }

  private static RegisterQuery text(String text) {
    return new RegisterQuery(
        text,
        Optional.empty(),
        RegisterQuery.RatingChoice.ANY,
        Optional.empty(),
        RegisterQuery.Status.ALL,
        RegisterQuery.AlertChoice.ANY);
  }

  @Test
  void textMatchesNameIgnoringPunctuationOrCode() {
    assertThat(ids(text("石桥儿童"))).containsExactly(2L);
    assertThat(ids(text("阳光 社会"))).containsExactly(1L);
    assertThat(ids(text(SyntheticCodes.uscc(3).substring(10).toLowerCase()))).containsExactly(3L);
    assertThat(ids(text(""))).containsExactly(1L, 2L, 3L);
  }

  @Test
  void statusDefaultsToRegisteredOnly() {
    assertThat(ids(RegisterQuery.ALL_ACTIVE)).containsExactly(1L, 2L);
  }

  @Test
  void unratedMeansNeverRatedAtAll() {
    assertThat(
            ids(
                new RegisterQuery(
                    "",
                    Optional.empty(),
                    RegisterQuery.RatingChoice.UNRATED,
                    Optional.empty(),
                    RegisterQuery.Status.ALL,
                    RegisterQuery.AlertChoice.ANY)))
        .containsExactly(2L);
  }

  @Test
  void filtersCombine() {
    RegisterQuery town =
        new RegisterQuery(
            "",
            Optional.empty(),
            RegisterQuery.RatingChoice.ANY,
            Optional.of("城关镇"),
            RegisterQuery.Status.ALL,
            RegisterQuery.AlertChoice.ANY);
    assertThat(ids(town)).containsExactly(1L, 2L);
    assertThat(
            ids(
                new RegisterQuery(
                    "",
                    Optional.empty(),
                    RegisterQuery.RatingChoice.of(RatingLevel.A3),
                    Optional.empty(),
                    RegisterQuery.Status.ALL,
                    RegisterQuery.AlertChoice.ANY)))
        .containsExactly(3L);
    assertThat(
            ids(
                new RegisterQuery(
                    "",
                    Optional.empty(),
                    RegisterQuery.RatingChoice.ANY,
                    Optional.empty(),
                    RegisterQuery.Status.ALL,
                    RegisterQuery.AlertChoice.SOME)))
        .containsExactly(1L);
    assertThat(
            ids(
                new RegisterQuery(
                    "",
                    Optional.empty(),
                    RegisterQuery.RatingChoice.ANY,
                    Optional.empty(),
                    RegisterQuery.Status.ALL,
                    RegisterQuery.AlertChoice.of(OrganizationAlert.RATING_EXPIRED))))
        .isEmpty();
    assertThat(
            ids(
                new RegisterQuery(
                    "",
                    Optional.of(UsccCategory.of("52").orElseThrow()),
                    RegisterQuery.RatingChoice.ANY,
                    Optional.of("石桥镇"),
                    RegisterQuery.Status.ACTIVE,
                    RegisterQuery.AlertChoice.ANY)))
        .containsExactly(2L);
  }
}
