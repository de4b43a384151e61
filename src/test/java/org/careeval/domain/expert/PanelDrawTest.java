package org.careeval.domain.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.expert.PanelDraw.Condition;
import org.careeval.domain.expert.PanelDraw.Drawn;
import org.careeval.domain.expert.PanelDraw.Outcome;
import org.careeval.domain.expert.PanelDraw.Request;
import org.junit.jupiter.api.Test;

/** The draw: reproducible from its seed, within its conditions and exclusions. */
class PanelDrawTest {

  static Expert expert(long id, String specialty, String region, boolean available) {
    return new Expert(
        id,
        new ExpertDraft(
            "专家" + id,
            specialty,
            "高级社工师",
            region,
            "某单位" + id,
            Optional.empty(),
            available,
            "",
            Optional.empty()),
        List.of(),
        List.of());
  }

  private static List<Expert> pool() {
    List<Expert> pool = new ArrayList<>();
    for (long id = 1; id <= 20; id++) {
      String specialty = id <= 12 ? "社会工作" : id <= 17 ? "财务会计" : "法律";
      pool.add(expert(id, specialty, id % 2 == 0 ? "青山县" : "邻县", id != 5));
    }
    return pool;
  }

  private static List<Long> ids(List<Drawn> drawn) {
    return drawn.stream().map(d -> d.expert().id()).toList();
  }

  private static final Request FOUR_AND_ONE =
      new Request(
          List.of(new Condition("社会工作", 4), new Condition("财务会计", 1)),
          Optional.empty(),
          2,
          20261203L);

  @Test
  void theSameSeedAndPoolGiveTheSamePanelWhateverTheOrderTheyCameIn() {
    Outcome first = PanelDraw.draw(pool(), FOUR_AND_ONE, Map.of());
    List<Expert> shuffled = new ArrayList<>(pool());
    Collections.reverse(shuffled);
    Outcome again = PanelDraw.draw(shuffled, FOUR_AND_ONE, Map.of());
    assertThat(ids(again.members())).isEqualTo(ids(first.members()));
    assertThat(ids(again.alternates())).isEqualTo(ids(first.alternates()));
    Outcome other =
        PanelDraw.draw(
            pool(), new Request(FOUR_AND_ONE.conditions(), Optional.empty(), 2, 7L), Map.of());
    assertThat(ids(other.members())).isNotEqualTo(ids(first.members()));
  }

  @Test
  void membersMeetTheConditionsAndAlternatesAreOthersOfTheRequestedSpecialties() {
    Outcome outcome = PanelDraw.draw(pool(), FOUR_AND_ONE, Map.of(3L, "tied", 7L, "booked"));
    assertThat(outcome.members()).hasSize(5);
    assertThat(outcome.members().subList(0, 4))
        .allMatch(d -> d.expert().draft().specialty().equals("社会工作"));
    assertThat(outcome.members().get(4).expert().draft().specialty()).isEqualTo("财务会计");
    assertThat(outcome.alternates()).hasSize(2).allMatch(Drawn::alternate);
    List<Long> all = new ArrayList<>(ids(outcome.members()));
    all.addAll(ids(outcome.alternates()));
    assertThat(all).doesNotHaveDuplicates().doesNotContain(3L, 7L, 5L);
    assertThat(outcome.alternates())
        .allMatch(d -> List.of("社会工作", "财务会计").contains(d.expert().draft().specialty()));
    assertThat(outcome.shortOf()).isEmpty();
  }

  @Test
  void aRegionLimitsThePoolAndTooFewCandidatesAreSaid() {
    Outcome outcome =
        PanelDraw.draw(
            pool(),
            new Request(List.of(new Condition("法律", 3)), Optional.of("青山县"), 1, 1L),
            Map.of());
    // 法律 experts are 18, 19, 20; only 18 and 20 are in 青山县
    assertThat(ids(outcome.members())).containsExactlyInAnyOrder(18L, 20L);
    assertThat(outcome.shortOf()).containsExactly(new Condition("法律", 1));
    assertThat(outcome.alternates()).isEmpty();
  }

  @Test
  void aBlacklistEntryIsInForceFromItsFirstToItsLastDayUnlessLifted() {
    Blacklisting entry =
        new Blacklisting(
            1,
            "无故缺席",
            LocalDate.of(2026, 1, 1),
            Optional.of(LocalDate.of(2026, 12, 31)),
            Optional.empty());
    assertThat(entry.inForceOn(LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(entry.inForceOn(LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(entry.inForceOn(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(entry.inForceOn(LocalDate.of(2027, 1, 1))).isFalse();
    Blacklisting lifted =
        new Blacklisting(
            2,
            "无故缺席",
            LocalDate.of(2026, 1, 1),
            Optional.empty(),
            Optional.of(LocalDate.of(2026, 6, 1)));
    assertThat(lifted.inForceOn(LocalDate.of(2026, 5, 31))).isTrue();
    assertThat(lifted.inForceOn(LocalDate.of(2026, 6, 1))).isFalse();
  }
}
