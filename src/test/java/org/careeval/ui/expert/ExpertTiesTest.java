package org.careeval.ui.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.expert.ExpertTie;
import org.junit.jupiter.api.Test;

/** The ties typed in the expert form, one a line. */
class ExpertTiesTest {

  @Test
  void eachLineIsATieWithAnOptionalCodeAndBlankLinesAreSkipped() {
    assertThat(ExpertsViewModel.ties("理事/董事｜青山县阳光社会工作服务中心｜52411525MJ1234AB4L\n\n近亲属任职|县儿童福利会"))
        .containsExactly(
            new ExpertTie(ExpertTie.Kind.BOARD, "青山县阳光社会工作服务中心", Optional.of("52411525MJ1234AB4L")),
            new ExpertTie(ExpertTie.Kind.RELATIVE, "县儿童福利会", Optional.empty()));
  }

  @Test
  void aLineThatIsNotUnderstoodIsRefusedWithItsText() {
    assertThatThrownBy(() -> ExpertsViewModel.ties("朋友｜某协会"))
        .isInstanceOf(CareEvalException.class)
        .hasFieldOrPropertyWithValue("messageKey", "error.expert.tieLine");
    assertThatThrownBy(() -> ExpertsViewModel.ties("工作单位｜")).isInstanceOf(CareEvalException.class);
  }
}
