package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.TestContexts.keyOf;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.expert.DrawResponse;
import org.careeval.domain.expert.RecordedDraw;
import org.careeval.domain.scoring.LeaderElection;
import org.careeval.domain.scoring.MemberDraft;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.scoring.PanelRole;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.evaluation.SeatingService;
import org.careeval.service.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seating the demo's drawn panel: the recorded draw with a decline (the alternate took the seat)
 * and a 回避 (a replacement draw, seed + 1), a further decline drawing again with the next seed — the
 * same on another installation — and the leader chosen by the members.
 */
class SeatingServiceTest {

  private static final String DRAWN = "石桥镇留守儿童课后关爱服务项目";
  private static final long SEED = 20261201L;

  @TempDir Path temp;
  private AppContext context;

  @AfterEach
  void tearDown() {
    if (context != null) {
      context.close();
    }
  }

  private Session open(Path data, String user) {
    if (context != null) {
      context.close();
    }
    context = TestContexts.open(data, new MutableClock());
    if (!context.users().isSetUp()) {
      context.demo().load(Messages.of(Messages.CHINESE));
    }
    return context
        .authentication()
        .signIn(user, DemoCountyService.PASSWORD.toCharArray())
        .session();
  }

  private long project(Session officer) {
    return context.projects().list(officer).stream()
        .filter(p -> p.name().equals(DRAWN))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static RecordedDraw.Entry entry(RecordedDraw draw, long expertId) {
    return draw.entries().stream().filter(e -> e.expertId() == expertId).findFirst().orElseThrow();
  }

  @Test
  void theDemoDrawRecordsADeclineAndARecusalEachReplaced() {
    Session officer = open(temp.resolve("data"), "officer");
    long id = project(officer);
    List<RecordedDraw> draws = context.seating().draws(officer, id);
    assertThat(draws).hasSize(2);
    RecordedDraw first = draws.get(0);
    assertThat(first.seed()).isEqualTo(SEED);
    assertThat(first.conditions()).isEqualTo("*=5");
    assertThat(first.witnesses()).isEqualTo("县纪委监委驻民政局纪检监察组 王敏");
    List<RecordedDraw.Entry> members =
        first.entries().stream().filter(e -> e.role() == RecordedDraw.Role.MEMBER).toList();
    assertThat(members).hasSize(5);
    RecordedDraw.Entry declined = members.get(0);
    assertThat(declined.response()).hasValue(DrawResponse.DECLINED);
    assertThat(declined.responseReason()).isEqualTo("外地出差，评审当天不能到场");
    RecordedDraw.Entry alternate =
        first.entries().stream()
            .filter(e -> e.role() == RecordedDraw.Role.ALTERNATE)
            .findFirst()
            .orElseThrow();
    assertThat(alternate.replaces()).hasValue(declined.expertId());
    RecordedDraw.Entry recused =
        members.stream()
            .filter(e -> e.response().equals(Optional.of(DrawResponse.RECUSED)))
            .findFirst()
            .orElseThrow();
    assertThat(recused.responseReason()).isEqualTo("近三年曾为本项目潜在投标人提供督导服务");

    RecordedDraw again = draws.get(1);
    assertThat(again.seed()).isEqualTo(SEED + 1);
    assertThat(again.conditions()).isEqualTo("*=1");
    assertThat(again.replacement()).isTrue();
    RecordedDraw.Entry replacing = again.entries().get(0);
    assertThat(replacing.role()).isEqualTo(RecordedDraw.Role.MEMBER);
    assertThat(replacing.replaces()).hasValue(recused.expertId());
    // nobody drawn before is drawn again
    assertThat(entry(again, declined.expertId()).reason()).isEqualTo("已在本项目的抽取中被抽到");

    List<PanelMember> panel = context.bids().panel(officer, id);
    assertThat(panel).hasSize(5);
    assertThat(panel)
        .extracting(m -> m.expertId().orElseThrow())
        .contains(alternate.expertId(), replacing.expertId())
        .doesNotContain(declined.expertId(), recused.expertId());
    Session supervisor =
        context
            .authentication()
            .signIn("supervisor", DemoCountyService.PASSWORD.toCharArray())
            .session();
    assertThat(context.audit().search(supervisor, org.careeval.domain.audit.AuditFilter.ALL))
        .anyMatch(e -> e.after().contains("RECUSED"));
  }

  @Test
  void theNamesOfADrawnPanelAreHiddenFromReadersNotOnTheDrawUntilFinalized() {
    Session officer = open(temp.resolve("data"), "officer");
    long id = project(officer);
    List<String> names =
        context.scoring().view(officer, id).panel().stream().map(PanelMember::name).toList();
    assertThat(names).doesNotContain("评委 1");
    Session auditor =
        context
            .authentication()
            .signIn("auditor", DemoCountyService.PASSWORD.toCharArray())
            .session();
    assertThat(context.scoring().view(auditor, id).panel())
        .extracting(PanelMember::name)
        .containsExactly("评委 1", "评委 2", "评委 3", "评委 4", "评委 5");
    Session supervisor =
        context
            .authentication()
            .signIn("supervisor", DemoCountyService.PASSWORD.toCharArray())
            .session();
    assertThat(context.scoring().view(supervisor, id).panel())
        .extracting(PanelMember::name)
        .isEqualTo(names);
    // another officer sees 评委 n and so may not change or remove the members
    Session admin =
        context
            .authentication()
            .signIn("admin", DemoCountyService.PASSWORD.toCharArray())
            .session();
    TestContexts.member(
        context,
        admin,
        "officer2",
        "",
        java.util.Set.of(org.careeval.domain.user.Role.OFFICER),
        "pass-word-2".toCharArray());
    Session other =
        context.authentication().signIn("officer2", "pass-word-2".toCharArray()).session();
    PanelMember first = context.scoring().view(other, id).panel().get(0);
    assertThat(first.name()).isEqualTo("评委 1");
    assertThat(keyOf(() -> context.bids().updateMember(other, first.id(), first.draft())))
        .isEqualTo("error.panel.namesHidden");
    assertThat(keyOf(() -> context.bids().removeMember(other, first.id())))
        .isEqualTo("error.panel.namesHidden");
    // a panel seated by hand hides nothing
    long underReview =
        context.projects().list(officer).stream()
            .filter(p -> p.name().equals("城关镇、石桥镇农村留守儿童关爱服务项目"))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(context.scoring().view(auditor, underReview).panel())
        .extracting(PanelMember::name)
        .contains("孙丽");
  }

  @Test
  void theCreditRecordKeepsAnswersAndEventsAndABlacklistEntryIsLifted() {
    Session officer = open(temp.resolve("data"), "officer");
    long id = project(officer);
    RecordedDraw.Entry declined =
        context.seating().draws(officer, id).get(0).entries().stream()
            .filter(e -> e.response().equals(Optional.of(DrawResponse.DECLINED)))
            .findFirst()
            .orElseThrow();
    var credits = context.credits();
    assertThat(credits.record(officer, declined.expertId()).answers())
        .extracting(a -> a.project() + " " + a.response() + " " + a.reason())
        .containsExactly(DRAWN + " DECLINED 外地出差，评审当天不能到场");
    long seated = context.bids().panel(officer, id).get(0).expertId().orElseThrow();
    java.time.LocalDate today = context.clock().today();
    assertThat(
            keyOf(
                () ->
                    credits.recordEvent(
                        officer,
                        seated,
                        org.careeval.domain.expert.CreditRecord.Kind.LATE,
                        today.plusDays(1),
                        Optional.of(id),
                        "迟到 40 分钟")))
        .isEqualTo("error.credit.future");
    credits.recordEvent(
        officer,
        seated,
        org.careeval.domain.expert.CreditRecord.Kind.LATE,
        today,
        Optional.of(id),
        "迟到 40 分钟");
    var record = credits.record(officer, seated);
    assertThat(record.panels()).extracting(p -> p.project()).contains(DRAWN);
    assertThat(record.count(org.careeval.domain.expert.CreditRecord.Kind.LATE)).isEqualTo(1);
    assertThat(record.events().get(0).project()).isEqualTo(DRAWN);
    Session auditor =
        context
            .authentication()
            .signIn("auditor", DemoCountyService.PASSWORD.toCharArray())
            .session();
    assertThat(credits.record(auditor, seated).events()).hasSize(1);
    assertThat(
            keyOf(
                () ->
                    credits.recordEvent(
                        auditor,
                        seated,
                        org.careeval.domain.expert.CreditRecord.Kind.ABSENT,
                        today,
                        Optional.empty(),
                        "缺席")))
        .isEqualTo("error.permission.denied");

    var blacklisted =
        context.experts().list(officer).stream()
            .filter(e -> e.name().equals("柏松"))
            .findFirst()
            .orElseThrow();
    assertThat(blacklisted.blacklistedOn(today)).isTrue();
    assertThat(keyOf(() -> context.experts().lift(officer, blacklisted.id(), " ")))
        .isEqualTo("error.expert.liftReason");
    context.experts().lift(officer, blacklisted.id(), "处理期满，经复核解除");
    assertThat(
            context.experts().list(officer).stream()
                .filter(e -> e.id() == blacklisted.id())
                .findFirst()
                .orElseThrow()
                .blacklistedOn(today))
        .isFalse();
    assertThat(keyOf(() -> context.experts().lift(officer, blacklisted.id(), "再次")))
        .isEqualTo("error.expert.notBlacklisted");
  }

  @Test
  void aDeclineOnceTheAlternatesAreUsedDrawsAgainTheSameOnAnotherInstallation() {
    String[] seated = new String[2];
    for (int i = 0; i < 2; i++) {
      Session officer = open(temp.resolve("data" + i), "officer");
      long id = project(officer);
      PanelMember third = context.bids().panel(officer, id).get(2);
      long expert = third.expertId().orElseThrow();
      assertThat(keyOf(() -> context.seating().decline(officer, id, expert, " ")))
          .isEqualTo("error.text.required");
      SeatingService.Replacement replacement =
          context.seating().decline(officer, id, expert, "身体原因");
      assertThat(replacement.left()).isEqualTo(third.name());
      seated[i] = replacement.seated().name();
      List<RecordedDraw> draws = context.seating().draws(officer, id);
      assertThat(draws).hasSize(3);
      assertThat(draws.get(2).seed()).isEqualTo(SEED + 2);
      assertThat(keyOf(() -> context.seating().decline(officer, id, expert, "再次")))
          .isEqualTo("error.draw.notSeated");
      long fourth = context.bids().panel(officer, id).get(3).expertId().orElseThrow();
      context.seating().accept(officer, id, fourth);
      assertThat(
              context.seating().draws(officer, id).stream()
                  .flatMap(d -> d.entries().stream())
                  .filter(e -> e.expertId() == fourth)
                  .findFirst()
                  .orElseThrow()
                  .response())
          .hasValue(DrawResponse.ACCEPTED);
    }
    assertThat(seated[1]).isEqualTo(seated[0]);
  }

  @Test
  void theMembersChooseTheirLeaderByVoteOrAgreementNeverTheBuyersRepresentative() {
    Session officer = open(temp.resolve("data"), "officer");
    long id = project(officer);
    List<Long> m = context.bids().panel(officer, id).stream().map(PanelMember::id).toList();
    LeaderElection split = new LeaderElection(LeaderElection.Method.VOTE, m.get(1), 2, 5);
    assertThat(keyOf(() -> context.seating().electLeader(officer, id, split)))
        .isEqualTo("error.leader.noMajority");
    LeaderElection majority = new LeaderElection(LeaderElection.Method.VOTE, m.get(1), 3, 5);
    assertThat(
            keyOf(
                () ->
                    context
                        .seating()
                        .electLeader(
                            officer,
                            id,
                            new LeaderElection(LeaderElection.Method.VOTE, m.get(1), 4, 6))))
        .isEqualTo("error.leader.ballots");
    context.seating().electLeader(officer, id, majority);
    assertThat(context.bids().panel(officer, id))
        .filteredOn(PanelMember::leader)
        .extracting(PanelMember::id)
        .containsExactly(m.get(1));
    assertThat(context.seating().election(officer, id)).hasValue(majority);

    long buyer =
        context
            .bids()
            .addMember(
                officer,
                id,
                new MemberDraft(
                    "县民政局 刘科长", PanelRole.BUYER_REPRESENTATIVE, false, Optional.empty()));
    LeaderElection buyerChosen = LeaderElection.byAgreement(buyer);
    assertThat(keyOf(() -> context.seating().electLeader(officer, id, buyerChosen)))
        .isEqualTo("error.panel.buyerLeader");
    context.seating().electLeader(officer, id, LeaderElection.byAgreement(m.get(2)));
    assertThat(context.bids().panel(officer, id))
        .filteredOn(PanelMember::leader)
        .extracting(PanelMember::id)
        .containsExactly(m.get(2));
    Session expert = open(temp.resolve("data"), "expert");
    assertThat(keyOf(() -> context.seating().electLeader(expert, id, majority)))
        .isEqualTo("error.permission.denied");
  }
}
