package org.careeval.domain.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.careeval.domain.expert.Conflicts.Bidder;
import org.junit.jupiter.api.Test;

/** An expert's employer and declared ties against the bidders: by code, by the register's names. */
class ConflictsTest {

  private static final Bidder SUNSHINE = new Bidder("青山县阳光社会工作服务中心", "52411525MJ1234AB4L");
  private static final Bidder RIVER = new Bidder("青山县柳河乡志愿者协会", "51411525MJ0000001X");

  private static Expert expert(String employer, Optional<String> code, List<ExpertTie> ties) {
    return new Expert(
        1,
        new ExpertDraft("李明", "社会工作", "", "青山县", employer, code, true, "", Optional.empty()),
        ties,
        List.of());
  }

  @Test
  void anEmployerMatchesByCodeWhateverItsName() {
    assertThat(
            Conflicts.of(
                expert("阳光中心（简称）", Optional.of("52411525mj1234ab4l"), List.of()),
                List.of(SUNSHINE, RIVER)))
        .extracting(c -> c.bidder().name(), Conflicts.Conflict::byCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(SUNSHINE.name(), true));
  }

  @Test
  void aDeclaredTieMatchesByTheRegistersNameRules() {
    ExpertTie relative = new ExpertTie(ExpertTie.Kind.RELATIVE, "青山县 阳光社会工作服务中心", Optional.empty());
    assertThat(
            Conflicts.of(
                expert("县民政局", Optional.empty(), List.of(relative)), List.of(SUNSHINE, RIVER)))
        .extracting(c -> c.tie().kind(), c -> c.bidder().uscc())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ExpertTie.Kind.RELATIVE, SUNSHINE.uscc()));
  }

  @Test
  void unrelatedOrganizationsAreNoConflict() {
    ExpertTie board =
        new ExpertTie(ExpertTie.Kind.BOARD, "邻县儿童福利会", Optional.of("53411525MJ0000002A"));
    assertThat(
            Conflicts.of(
                expert("县师范学校", Optional.empty(), List.of(board)), List.of(SUNSHINE, RIVER)))
        .isEmpty();
  }
}
