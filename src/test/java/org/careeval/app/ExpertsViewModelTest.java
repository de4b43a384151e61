package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.careeval.domain.expert.Expert;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.ImmediateUiExecutor;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.expert.ExpertsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 专家库 on the demo county: an expert's credit record, recording lateness, lifting a blacklist. */
class ExpertsViewModelTest {

  @TempDir Path temp;
  private AppContext context;
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private ExpertsViewModel viewModel;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.demo().load(Messages.of(Messages.CHINESE));
    Session officer =
        context
            .authentication()
            .signIn("officer", DemoCountyService.PASSWORD.toCharArray())
            .session();
    viewModel =
        new ExpertsViewModel(
            context, officer, new ImmediateUiExecutor(), dialogs, Messages.of(Messages.CHINESE));
    viewModel.load();
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private void select(String name) {
    viewModel
        .selectedProperty()
        .set(
            viewModel.experts().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow());
  }

  @Test
  void theCreditRecordCountsPanelsAndRecordedLateness() {
    select("孙丽");
    // seated by hand on the tender under review, she is matched by name
    assertThat(viewModel.creditProperty().get())
        .startsWith("参加评审 ")
        .doesNotStartWith("参加评审 0 次")
        .contains("城关镇、石桥镇农村留守儿童关爱服务项目");
    dialogs.textAnswer = Optional.of("城关镇项目评审迟到 40 分钟");
    viewModel.recordLate();
    assertThat(viewModel.tasks().feedbackProperty().get().key())
        .isEqualTo("expert.credit.recorded");
    assertThat(viewModel.creditProperty().get()).contains("迟到 1 次").contains("迟到 城关镇项目评审迟到 40 分钟");
  }

  @Test
  void aBlacklistEntryIsLiftedWithTheReason() {
    select("柏松");
    Expert before = viewModel.selectedProperty().get();
    assertThat(viewModel.blacklisted(before)).isTrue();
    dialogs.textAnswer = Optional.of("处理期满");
    viewModel.lift();
    assertThat(viewModel.tasks().feedbackProperty().get().key()).isEqualTo("expert.lifted");
    select("柏松");
    assertThat(viewModel.blacklisted(viewModel.selectedProperty().get())).isFalse();
  }
}
