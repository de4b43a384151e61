package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.ImmediateUiExecutor;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.evaluation.EvaluationViewModel;
import org.careeval.ui.evaluation.ReReviewViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 评审 screen's view model on the demo county: what each role is offered, refusals as feedback,
 * the panel form, paper sheets out and a refused sheet listed, nothing stored by a refusal.
 */
class EvaluationViewModelTest {

  private static final String UNDER_REVIEW = "城关镇、石桥镇农村留守儿童关爱服务项目";

  @TempDir Path temp;
  private AppContext context;
  private final RecordingDialogService dialogs = new RecordingDialogService();

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.demo().load(Messages.of(Messages.CHINESE));
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private EvaluationViewModel open(String user) {
    Session session =
        context.authentication().signIn(user, DemoCountyService.PASSWORD.toCharArray()).session();
    EvaluationViewModel viewModel =
        new EvaluationViewModel(
            context, session, new ImmediateUiExecutor(), dialogs, Messages.of(Messages.CHINESE));
    viewModel.load();
    viewModel
        .projectProperty()
        .set(
            viewModel.projects().stream()
                .filter(p -> p.name().equals(UNDER_REVIEW))
                .findFirst()
                .orElseThrow());
    return viewModel;
  }

  private static String feedback(EvaluationViewModel viewModel) {
    return viewModel.tasks().feedbackProperty().get().key();
  }

  @Test
  void theOfficerSeesBidsAndPanelButNoScoresBeforeAllSubmitted() {
    EvaluationViewModel officer = open("officer");
    assertThat(officer.canEdit()).isTrue();
    assertThat(officer.bids()).hasSize(4);
    assertThat(officer.panel()).extracting(PanelMember::name).contains("周婷", "马琳");
    assertThat(officer.grid()).isEmpty();
    assertThat(officer.canScoreProperty().get()).isFalse();
    assertThat(officer.viewProperty().get().scores()).isEmpty();
    assertThat(officer.statusProperty().get().key()).isEqualTo("evaluation.status.scoring");

    officer.selectedBidProperty().set(officer.bids().get(2));
    assertThat(officer.reviewLines()).anyMatch(l -> !l.passed().get());
    officer.reviewLines().get(0).passed().set(false);
    officer.saveReviews();
    assertThat(feedback(officer)).isEqualTo("error.bid.scoringStarted");
    assertThat(officer.bids().get(2).checks()).allMatch(c -> !c.itemCode().isEmpty());
  }

  @Test
  void theDemoExpertScoresOnlyTheirOwnProjectAndSeesNothingOfOthers() {
    EvaluationViewModel expert = open("expert");
    assertThat(expert.projects()).hasSize(1);
    assertThat(expert.canEdit()).isFalse();
    assertThat(expert.canReadBids()).isFalse();
    // the declaration comes first: no scoring before it is signed
    assertThat(expert.mustDeclareProperty().get()).isTrue();
    assertThat(expert.canScoreProperty().get()).isFalse();
    expert.declare();
    assertThat(feedback(expert)).isEqualTo("evaluation.declared");
    assertThat(expert.mustDeclareProperty().get()).isFalse();
    assertThat(expert.canScoreProperty().get()).isTrue();
    assertThat(expert.grid()).hasSize(3);
    assertThat(expert.viewProperty().get().scores()).hasSize(1);
    expert.grid().get(0).points().values().iterator().next().set("99");
    expert.saveDraft();
    assertThat(feedback(expert)).isEqualTo("error.evaluation.scoreRange");
    assertThat(expert.viewProperty().get().scores().values().iterator().next()).isEmpty();
  }

  @Test
  void theSupervisorSeesTheFinalizedDemoResultAndItsSensitivity() {
    EvaluationViewModel supervisor = open("supervisor");
    supervisor
        .projectProperty()
        .set(
            supervisor.projects().stream()
                .filter(p -> p.name().endsWith("（示范评审）"))
                .findFirst()
                .orElseThrow());
    assertThat(supervisor.finalizedProperty().get()).isNotNull();
    assertThat(supervisor.canFinalizeProperty().get()).isFalse();
    assertThat(supervisor.sensitivity()).hasSize(7);
    assertThat(supervisor.ranked()).hasSize(3);
    assertThat(supervisor.statusProperty().get().key()).isEqualTo("evaluation.status.signed");
  }

  @Test
  void theOfficerAsksForAReReviewAndTheSupervisorApprovesIt() {
    Session supervisorSession =
        context
            .authentication()
            .signIn("supervisor", DemoCountyService.PASSWORD.toCharArray())
            .session();
    long finished =
        context.projects().list(supervisorSession).stream()
            .filter(p -> p.name().endsWith("（示范评审）"))
            .findFirst()
            .orElseThrow()
            .id();
    // the award stands in the way of a re-review: the organization refuses to sign first
    context.awards().refuse(supervisorSession, finished, "放弃");
    ReReviewViewModel[] models = new ReReviewViewModel[2];
    EvaluationViewModel[] evaluations = new EvaluationViewModel[2];
    String[] users = {"officer", "supervisor"};
    for (int i = 0; i < 2; i++) {
      EvaluationViewModel evaluation = open(users[i]);
      evaluations[i] = evaluation;
      evaluation
          .projectProperty()
          .set(
              evaluation.projects().stream()
                  .filter(p -> p.id() == finished)
                  .findFirst()
                  .orElseThrow());
      Session session =
          context
              .authentication()
              .signIn(users[i], DemoCountyService.PASSWORD.toCharArray())
              .session();
      models[i] =
          new ReReviewViewModel(
              context,
              session,
              evaluation.tasks(),
              dialogs,
              Messages.of(Messages.CHINESE),
              evaluation.projectProperty(),
              evaluation::refresh);
      models[i].refresh(evaluation.viewProperty().get());
    }
    assertThat(models[0].canRequestProperty().get()).isTrue();
    assertThat(models[1].canRequestProperty().get()).isFalse();
    dialogs.textAnswer = Optional.of("专家周婷的 A3 分数合计有误");
    models[0].request();
    assertThat(models[0].reviews())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("A3"));
    models[1].refresh(evaluations[1].viewProperty().get());
    assertThat(models[1].canDecideProperty().get()).isTrue();
    dialogs.textAnswer = Optional.of("同意");
    models[1].approve();
    assertThat(models[1].reviews().get(0).originalSha256()).isPresent();
    assertThat(models[1].line(models[1].reviews().get(0))).startsWith("已批准，评委更正中 · ");
  }

  @Test
  void membersJoinAndLeaveThroughTheForm() {
    EvaluationViewModel officer = open("officer");
    officer.newMember();
    officer.memberNameProperty().set("赵六");
    officer.memberLeaderProperty().set(true);
    officer.saveMember();
    assertThat(feedback(officer)).isEqualTo("error.panel.leaderTaken");
    officer.memberLeaderProperty().set(false);
    officer.saveMember();
    assertThat(officer.panel()).extracting(PanelMember::name).contains("赵六");
    officer
        .selectedMemberProperty()
        .set(officer.panel().stream().filter(m -> m.name().equals("赵六")).findFirst().orElseThrow());
    officer.removeMember();
    assertThat(officer.panel()).extracting(PanelMember::name).doesNotContain("赵六");
  }

  @Test
  void paperSheetsGoOutForMembersStillToSubmitAndARefusedSheetIsListed() throws Exception {
    EvaluationViewModel officer = open("officer");
    dialogs.folderAnswer = Optional.of(temp);
    officer.exportSheets();
    Path sheet = temp.resolve("评分表-周婷.xlsx");
    assertThat(sheet).exists();
    assertThat(temp.resolve("评分表-马琳.xlsx")).exists();
    assertThat(temp.resolve("评分表-孙丽.xlsx")).doesNotExist();
    try (InputStream in = Files.newInputStream(sheet);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Row first = workbook.getSheet("评分表").getRow(8);
      first.getCell(3).setCellValue(99);
      try (OutputStream out = Files.newOutputStream(sheet)) {
        workbook.write(out);
      }
    }
    dialogs.openFilesAnswer = List.of(sheet);
    officer.importSheets();
    assertThat(feedback(officer)).isEqualTo("evaluation.sheets.rejected");
    assertThat(dialogs.shown)
        .anyMatch(s -> s.startsWith("导入评分表 | ") && s.contains("[评分表-周婷.xlsx]评分表"));
    assertThat(
            officer.panel().stream()
                .filter(m -> m.name().equals("周婷"))
                .findFirst()
                .orElseThrow()
                .submitted())
        .isFalse();
  }
}
