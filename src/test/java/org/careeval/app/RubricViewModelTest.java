package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.careeval.domain.project.Project;
import org.careeval.domain.rubric.CheckItem;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.RubricSection;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.ImmediateUiExecutor;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.project.ProjectsViewModel;
import org.careeval.ui.project.RubricViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing a rubric in the window: the rules run on every change, saving, and no edit lost. */
class RubricViewModelTest {

  private static final Messages CHINESE = Messages.of(Messages.CHINESE);

  @TempDir Path temp;
  private AppContext context;
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private ProjectsViewModel projects;
  private RubricViewModel rubric;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.demo().load(CHINESE);
    Session officer =
        context
            .authentication()
            .signIn("officer", DemoCountyService.PASSWORD.toCharArray())
            .session();
    ImmediateUiExecutor executor = new ImmediateUiExecutor();
    projects =
        new ProjectsViewModel(
            context.projects(),
            context.places(),
            context.organizations(),
            officer,
            executor,
            dialogs,
            CHINESE,
            context.clock().today());
    rubric = new RubricViewModel(context.rubrics(), officer, executor, dialogs, CHINESE);
    projects.alsoAsk(rubric.unsavedChanges());
    rubric.projectProperty().bind(projects.selectedProperty());
    projects.load();
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private Project project(String name) {
    return projects.projects().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private List<String> findings() {
    return rubric.findings().stream().map(m -> m.render(CHINESE)).toList();
  }

  @Test
  void everyEditIsCheckedAndAValidRubricIsSaved() {
    projects.select(project("柳河乡、东岭乡困境儿童与留守儿童关爱服务项目"));
    assertThat(rubric.criteria()).hasSize(10);
    assertThat(findings()).isEmpty();

    Criterion first = rubric.criteria().get(0);
    rubric.setCriterion(
        0,
        new Criterion(
            first.code(),
            first.group(),
            first.content(),
            new BigDecimal("12"),
            first.kind(),
            first.bands()));
    assertThat(rubric.editedProperty().get()).isTrue();
    assertThat(findings()).contains("问题 · 评分因素：评分因素合计 92 分加价格分值 10 分为 102 分，应为 100 分。请调整分值。");

    rubric.addItem(RubricSection.QUALIFICATION);
    rubric.setItem(RubricSection.QUALIFICATION, 5, new CheckItem("Q6", "注册资本不少于 50 万元", ""));
    assertThat(findings()).anySatisfy(f -> assertThat(f).contains("Q6", "注册资本", "87号令第十七条"));

    rubric.saveRubric();
    assertThat(rubric.tasks().failedProperty().get()).isTrue();
    assertThat(rubric.editedProperty().get()).isTrue();

    rubric.removeItem(RubricSection.QUALIFICATION, 5);
    rubric.setCriterion(0, first);
    rubric.addCriterion();
    Criterion added = rubric.criteria().get(10);
    assertThat(added.code()).isEqualTo("A11");
    assertThat(findings()).anySatisfy(f -> assertThat(f).contains("A11"));
    rubric.removeCriterion(10);
    rubric.saveRubric();
    assertThat(rubric.tasks().feedbackProperty().get().render(CHINESE)).startsWith("已保存");
    assertThat(rubric.tasks().failedProperty().get()).isFalse();
    assertThat(rubric.editedProperty().get()).isFalse();
    assertThat(rubric.shownProperty().get().version()).isEqualTo(1);
  }

  @Test
  void anEditedRubricIsNotLostByChoosingAnotherProjectOrSavingTheProject() {
    Project published = project("柳河乡、东岭乡困境儿童与留守儿童关爱服务项目");
    projects.select(published);
    rubric.removeCriterion(9);
    dialogs.unsavedAnswer = DialogService.UnsavedChoice.STAY;
    assertThat(projects.select(project("白沙镇留守儿童心理健康服务项目"))).isFalse();
    assertThat(projects.selectedProperty().get().id()).isEqualTo(published.id());
    assertThat(rubric.criteria()).hasSize(9);

    projects.save(); // the project form saved: the same project, the rubric edits stay
    assertThat(rubric.criteria()).hasSize(9);
    assertThat(rubric.tasks().feedbackProperty().get()).isNotEqualTo(Message.of("x"));

    dialogs.unsavedAnswer = DialogService.UnsavedChoice.DISCARD;
    assertThat(projects.select(project("白沙镇留守儿童心理健康服务项目"))).isTrue();
    assertThat(rubric.criteria()).isEmpty();
  }

  @Test
  void aBandsCellSplitsOnlyBeforeABandAndRefusesWhatItCannotRead() {
    projects.select(project("柳河乡、东岭乡困境儿童与留守儿童关爱服务项目"));
    Criterion c = rubric.criteria().get(1);
    Criterion edited = rubric.withBands(c, "优|13|15|方案完整；针对性强；良|9|12.5|基本可行");
    assertThat(edited.bands())
        .extracting(b -> b.name() + ":" + b.description())
        .containsExactly("优:方案完整；针对性强", "良:基本可行");
    assertThat(RubricViewModel.bandsShown(edited)).isEqualTo("优|13|15|方案完整；针对性强；良|9|12.5|基本可行");
    assertThat(rubric.withBands(c, "优-13-15")).isSameAs(c);
    assertThat(rubric.tasks().feedbackProperty().get().key()).isEqualTo("error.rubric.bandLine");
    assertThat(rubric.withPoints(c, "十五")).isSameAs(c);
    assertThat(rubric.withPoints(c, "16.5").maxPoints()).isEqualByComparingTo("16.5");
  }
}
